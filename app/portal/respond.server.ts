import { data } from "@remix-run/node";
import type { z } from "zod";
import type { PortalErrorCode, PortalFailure } from "../services/developers/result";

const STATUS: Record<PortalErrorCode, number> = {
  invalid_input: 400,
  invalid_hours: 400,
  invalid_token: 400,
  invalid_login: 401,
  not_found: 404,
  invalid_state: 409,
  insufficient_hours: 409,
  conflict: 409,
  rate_limited: 429,
};

/** What an action answers when it changed nothing: the message for the form, with its status. */
export interface ActionError {
  error: string;
  code: PortalErrorCode;
}

/** Turns a service failure into the action's answer; "not found" becomes a 404 page. */
export function failure(result: PortalFailure) {
  if (result.code === "not_found") throw new Response(result.message, { status: 404 });
  return data<ActionError>({ error: result.message, code: result.code }, { status: STATUS[result.code] });
}

/** Parses a form with a zod schema; a malformed form is a 400 with the first problem named. */
export function parseForm<T extends z.ZodType>(form: FormData, schema: T): z.infer<T> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string") continue;
    const existing = fields[key];
    if (existing === undefined) fields[key] = value;
    else fields[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  const parsed = schema.safeParse(fields);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const name = issue?.path.join(".") || "form";
  throw new Response(`The field "${name}" is missing or malformed. Reload the page and try again.`, {
    status: 400,
  });
}

/** A path inside the portal to go to after login, or the portal's home. */
export function safeNext(next: unknown): string {
  if (typeof next !== "string") return "/developer";
  return /^\/developer(\/[^/\\]|$|\?)/.test(next) && !next.includes("//") ? next : "/developer";
}
