// The one shape of an outcome that can fail in an expected way, shared by the ledger, the
// services, the routes (merchant app and portal alike) and the simulator. Broken invariants are
// thrown instead; a Failure always means "nothing was written".

/** Stable codes of expected failures. The UI, the HTTP table and the simulator show them. */
export type ErrorCode =
  | "invalid_input"
  | "invalid_hours"
  | "insufficient_hours"
  | "invalid_state"
  | "unknown_pack_tier"
  | "unknown_quote"
  | "invalid_offer"
  | "expired_offer"
  | "billing_error"
  | "not_found"
  | "conflict"
  | "invalid_token"
  | "invalid_login"
  | "rate_limited";

/** One input field's problem: its name as sent (form field, query parameter) and what is allowed. */
export interface FieldError {
  field: string;
  message: string;
}

/** An expected failure: a stable code, a message that says what to do next, and the fields at fault. */
export interface Failure<C extends ErrorCode = ErrorCode> {
  ok: false;
  code: C;
  message: string;
  /** The input fields at fault, when the failure is about input. */
  errors?: FieldError[];
  /** insufficient_hours: how many minutes are missing, and how many are available. */
  missingMinutes?: number;
  availableMinutes?: number;
}

/** Success carries its values beside `ok: true`; failure is a Failure. */
export type Result<T extends object = object, C extends ErrorCode = ErrorCode> =
  ({ ok: true } & T) | Failure<C>;

/** A success value. */
export function ok<T extends object>(value: T): { ok: true } & T {
  return { ok: true, ...value };
}

/** A failure value; `field` names the input at fault (it becomes the one entry of `errors`). */
export function fail<C extends ErrorCode>(
  code: C,
  message: string,
  extra: { field?: string; errors?: FieldError[]; missingMinutes?: number; availableMinutes?: number } = {},
): Failure<C> {
  const { field, errors, ...details } = extra;
  const all = errors ?? (field === undefined ? undefined : [{ field, message }]);
  return { ok: false, code, message, ...(all ? { errors: all } : {}), ...details };
}

/** The message of `field`'s error in a failure (for showing next to the field), or undefined. */
export function fieldError(result: unknown, field: string): string | undefined {
  const errors = (result as { ok?: boolean; errors?: FieldError[] } | null | undefined)?.errors;
  return errors?.find((e) => e.field === field)?.message;
}

/** True when a failure names one of `fields`: the form shows it next to them, not in a banner. */
export function namesField(result: unknown, fields: readonly string[]): boolean {
  return fields.some((field) => fieldError(result, field) !== undefined);
}

/**
 * The failure for a row the caller may not see: it reads exactly like a missing row, so that no
 * answer tells another tenant's rows from absent ones. `fields` name the form fields that
 * identified the row, when it came from a form.
 */
export function notYours(what = "page", ...fields: string[]): Failure<"not_found"> {
  const message = `This ${what} does not exist or is not yours. Open it from your lists instead.`;
  return fail(
    "not_found",
    message,
    fields.length ? { errors: fields.map((field) => ({ field, message })) } : {},
  );
}
