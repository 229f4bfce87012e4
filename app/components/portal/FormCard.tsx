import { Form } from "@remix-run/react";
import { BlockStack, Card, Text } from "@shopify/polaris";
import type { ReactNode } from "react";
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
    <Card>
      <Form method="post">
        <CsrfField />
        {intent ? <input type="hidden" name="intent" value={intent} /> : null}
        <BlockStack gap="300">
          <Text as="h2" variant="headingMd">
            {title}
          </Text>
          {children}
        </BlockStack>
      </Form>
    </Card>
  );
}
