import { TextField, type TextFieldProps } from "@shopify/polaris";
import { useState } from "react";

export type TextInputProps = Omit<TextFieldProps, "name" | "value" | "onChange" | "autoComplete"> & {
  name: string;
  /** What the field holds at first: the saved value, when the form edits one. */
  initial?: string;
  /** Off unless the browser can help ("email", a login's "on"). */
  autoComplete?: string;
};

/**
 * A text field of a posted form, merchant or portal: it keeps what is typed and the form posts it
 * under its name, so the page holds no state for it. A page that shows what is typed reads it from
 * the form (the portal's ConfirmButton does); one that empties it remounts it with a new `key`.
 */
export function TextInput({ initial = "", autoComplete = "off", ...field }: TextInputProps) {
  const [value, setValue] = useState(initial);
  return <TextField {...field} value={value} onChange={setValue} autoComplete={autoComplete} />;
}
