// The portal's failures are the project's one result shape (app/lib/result.ts).
import { fail, type Failure, type Result } from "../../lib/result";

export { fail, type ErrorCode as PortalErrorCode, type Failure as PortalFailure } from "../../lib/result";
export type PortalResult<T extends object = object> = Result<T>;

/**
 * The failure for anything a developer may not see: it looks exactly like a missing row. `fields`
 * name the form fields that identify the row, when the row came from a form.
 */
export function notFound(what = "page", ...fields: string[]): Failure<"not_found"> {
  const message = `This ${what} does not exist or is not yours. Open it from your lists instead.`;
  return fail(
    "not_found",
    message,
    fields.length ? { errors: fields.map((field) => ({ field, message })) } : {},
  );
}
