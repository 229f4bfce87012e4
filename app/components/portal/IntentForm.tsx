import { Form, type FetcherWithComponents } from "@remix-run/react";
import type { ReactNode } from "react";
import { CsrfField } from "./CsrfField";

interface Props {
  /** Which of the route action's forms this is. */
  intent: string;
  /** Hidden fields: the ids the action needs and nobody types. */
  fields?: Record<string, string>;
  children: ReactNode;
  /** A fetcher's Form, when the form has its own answer (a row's form); the page's Form otherwise. */
  form?: typeof Form | FetcherWithComponents<unknown>["Form"];
}

/** A portal form that posts one intent to the page's action, with its CSRF token and hidden fields. */
export function IntentForm({ intent, fields = {}, children, form: PostForm = Form }: Props) {
  return (
    <PostForm method="post">
      <CsrfField />
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
    </PostForm>
  );
}
