import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { SectionCard } from "../SectionCard";
import { CsrfField } from "./CsrfField";

/** A card holding one posted portal form: the CSRF field, the form's intent, a heading, its fields. */
export function FormCard({
  title,
  intent,
  children,
}: {
  title: string;
  intent?: string;
  children: ReactNode;
}) {
  return (
    <Form method="post">
      <CsrfField />
      {intent ? <input type="hidden" name="intent" value={intent} /> : null}
      <SectionCard title={title}>{children}</SectionCard>
    </Form>
  );
}
