/** Stable codes of the portal's expected failures. */
export type PortalErrorCode =
  | "invalid_input"
  | "invalid_hours"
  | "invalid_state"
  | "insufficient_hours"
  | "not_found"
  | "invalid_token"
  | "invalid_login"
  | "rate_limited"
  | "conflict";

/** An expected failure: nothing was written. `message` says what to do next. */
export interface PortalFailure {
  ok: false;
  code: PortalErrorCode;
  message: string;
}

export type PortalResult<T = object> = ({ ok: true } & T) | PortalFailure;

/** Builds a failure value. */
export function fail(code: PortalErrorCode, message: string): PortalFailure {
  return { ok: false, code, message };
}

/** The failure for anything a developer may not see: it looks exactly like a missing row. */
export function notFound(what = "page"): PortalFailure {
  return fail("not_found", `This ${what} does not exist or is not yours. Open it from your lists instead.`);
}
