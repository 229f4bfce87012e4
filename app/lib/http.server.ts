import { data } from "@remix-run/node";
import { fail, type ErrorCode, type Failure, type FieldError } from "./result";

/** The one table from failure codes to HTTP statuses, for every route of the app and the portal. */
export const STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  invalid_hours: 400,
  unknown_pack_tier: 400,
  invalid_token: 400,
  invalid_offer: 400,
  expired_offer: 410,
  invalid_login: 401,
  not_found: 404,
  unknown_quote: 404,
  invalid_state: 409,
  insufficient_hours: 409,
  conflict: 409,
  rate_limited: 429,
  // Shopify refused or failed to start a purchase: an upstream fault, worth retrying.
  billing_error: 502,
};

/** What an action answers when it changed nothing: the form shows `message` and each field's error. */
export interface Refusal {
  ok: false;
  code: ErrorCode;
  message: string;
  errors: FieldError[];
  missingMinutes?: number;
  availableMinutes?: number;
}

/**
 * An action's answer to a failure: its status from the table, its message and field errors.
 * `field` names the input the failure is about when the service could not (a route parameter).
 */
export function refuse(failure: Failure, options: { field?: string; headers?: HeadersInit } = {}) {
  const { ok: _ok, errors, ...rest } = failure;
  const named = errors ?? (options.field ? [{ field: options.field, message: failure.message }] : []);
  return data<Refusal>(
    { ok: false, ...rest, errors: named },
    { status: STATUS[failure.code], ...(options.headers ? { headers: options.headers } : {}) },
  );
}

/**
 * What a loader throws when it cannot show the page: the error boundaries render `message` (as
 * text, never as HTML) with the app's navigation. Thrown as data so that the boundary can tell it
 * from the responses Shopify's library throws during authentication.
 */
export interface PageError {
  message: string;
  errors?: FieldError[];
}

/** A 404 to throw from a loader: says nothing about whether the thing exists elsewhere. */
export function notFound(message: string) {
  return data<PageError>({ message }, { status: 404 });
}

/** A loader's 4xx for a bad query parameter or path segment, naming it and what is allowed. */
export function badRequest(failure: Failure) {
  return data<PageError>(
    { message: failure.message, ...(failure.errors ? { errors: failure.errors } : {}) },
    { status: STATUS[failure.code] },
  );
}

/**
 * The request's form fields. A body that is not a form (JSON, a broken multipart body) did not come
 * from our pages: it is refused with a 400 naming `form`, thrown so that the action stops there.
 */
export async function readForm(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    throw badRequest(
      fail("invalid_input", "This request is not a form. Use the form on the page.", { field: "form" }),
    );
  }
}

/** The PageError a boundary caught, if it is one of ours. */
export function pageErrorOf(value: unknown): PageError | null {
  const candidate = value as { message?: unknown } | null;
  return candidate && typeof candidate === "object" && typeof candidate.message === "string"
    ? (candidate as PageError)
    : null;
}
