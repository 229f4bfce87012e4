import { useActionData } from "@remix-run/react";
import { TextField, type TextFieldProps } from "@shopify/polaris";
import { useState } from "react";
import { fieldError } from "../../lib/result";

type Props = Omit<TextFieldProps, "name" | "value" | "onChange" | "error" | "autoComplete"> & {
  name: string;
  /** What the field holds at first: the saved value, when the form edits one. */
  initial?: string;
  autoComplete?: string;
};

/**
 * A text field of the page's posted form: it keeps what is typed, and shows the page action's
 * error for its name next to it.
 */
export function FormField({ name, initial = "", autoComplete = "off", ...field }: Props) {
  const result = useActionData();
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
