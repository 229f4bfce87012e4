/** Stable codes of expected failures; the UI and the simulator show them. */
export type ServiceErrorCode =
  | "insufficient_hours"
  | "invalid_hours"
  | "invalid_state"
  | "invalid_input"
  | "unknown_pack_tier"
  | "not_found";

/** An expected failure: nothing was written. `message` says what to do next. */
export interface ServiceFailure {
  ok: false;
  code: ServiceErrorCode;
  message: string;
  missingMinutes?: number;
  availableMinutes?: number;
}

export type ServiceResult<T> = ({ ok: true } & T) | ServiceFailure;

/** Builds a failure value. */
export function fail(
  code: ServiceErrorCode,
  message: string,
  extra: Partial<ServiceFailure> = {},
): ServiceFailure {
  return { ok: false, code, message, ...extra };
}
