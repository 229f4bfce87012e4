import { useActionData } from "@remix-run/react";
import { TextField, type TextFieldProps } from "@shopify/polaris";
import { useState } from "react";
import { fieldError } from "../../lib/result";

type Props = Omit<TextFieldProps, "name" | "value" | "onChange" | "error" | "autoComplete"> & {
  name: string;
  /** What the field holds at first: the saved value, when the form edits one. */
  initial?: string;
  autoComplete?: string;
  /** A row's own form posts through a fetcher: its answer's errors show here, not the page's. */
  fetcher?: { data: unknown };
};

/**
 * A text field of a posted portal form: it keeps what is typed, and shows the action's error for
 * its name next to it.
 */
export function FormField({ name, initial = "", autoComplete = "off", fetcher, ...field }: Props) {
  const pageResult = useActionData();
  const result = fetcher ? fetcher.data : pageResult;
  const [value, setValue] = useState(initial);
  return (
    <TextField
      {...field}
      name={name}
      value={value}
      onChange={setValue}
      autoComplete={autoComplete}
      error={fieldError(result, name)}
    />
  );
}
