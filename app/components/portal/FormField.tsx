import { useActionData } from "@remix-run/react";
import { fieldError } from "../../lib/result";
import { TextInput, type TextInputProps } from "../TextInput";

type Props = Omit<TextInputProps, "error"> & {
  /** A row's own form posts through a fetcher: its answer's errors show here, not the page's. */
  fetcher?: { data: unknown };
};

/**
 * A text field of a posted portal form: it keeps what is typed, and shows the action's error for
 * its name next to it.
 */
export function FormField({ fetcher, ...field }: Props) {
  const pageResult = useActionData();
  const result = fetcher ? fetcher.data : pageResult;
  return <TextInput {...field} error={fieldError(result, field.name)} />;
}
