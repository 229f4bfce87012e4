import { redirect } from "@remix-run/node";
import { readForm } from "../lib/http.server";
import { newToken, sameToken } from "../services/developers/crypto.server";
import { findSession, type PortalSession } from "../services/developers/sessions.server";
import { FORM_COOKIE, SESSION_COOKIE, clearSessionCookie, formCookie, readCookie } from "./cookies.server";
import * as clock from "../clock.server";

/** The name of the hidden field that carries the CSRF token in every portal form. */
export const CSRF_FIELD = "_csrf";

const FORM_EXPIRED = "This form has expired. Reload the page and try again.";

/** The session of the request's cookie, or null. */
export async function optionalDeveloper(request: Request, now = clock.now()): Promise<PortalSession | null> {
  const token = readCookie(request, SESSION_COOKIE);
  return token ? findSession(token, now) : null;
}

/** The logged-in developer; otherwise redirects to the login page (and back afterwards). */
export async function requireDeveloper(request: Request, now = clock.now()): Promise<PortalSession> {
  const session = await optionalDeveloper(request, now);
  if (session) return session;
  const url = new URL(request.url);
  const next = `${url.pathname}${url.search}`;
  // A session cookie that no longer opens a session: the session ended (it expired, the preview's
  // clock moved past it, or the account was logged out elsewhere). The login page says so, and
  // nothing more; the stale cookie is dropped.
  if (readCookie(request, SESSION_COOKIE)) {
    throw redirect(`/developer/login?reason=ended&next=${encodeURIComponent(next)}`, {
      headers: { "Set-Cookie": clearSessionCookie() },
    });
  }
  throw redirect(`/developer/login?next=${encodeURIComponent(next)}`);
}

/** The logged-in company admin; a developer gets 403. */
export async function requireAdmin(request: Request, now = clock.now()): Promise<PortalSession> {
  const session = await requireDeveloper(request, now);
  if (session.developer.role !== "admin") {
    throw new Response("The company console is for company staff. Use the developer pages instead.", {
      status: 403,
    });
  }
  return session;
}

/**
 * For every state-changing request: a POST form whose CSRF field matches the session's token.
 * Anything else is refused with 403 before any change.
 */
export async function requireDeveloperAction(
  request: Request,
  options: { admin?: boolean; now?: Date } = {},
): Promise<{ session: PortalSession; form: FormData }> {
  const session = options.admin
    ? await requireAdmin(request, options.now)
    : await requireDeveloper(request, options.now);
  const form = await postedForm(request);
  const sent = form.get(CSRF_FIELD);
  if (typeof sent !== "string" || !sameToken(sent, session.csrfToken)) {
    throw new Response(FORM_EXPIRED, { status: 403 });
  }
  return { session, form };
}

/** The anonymous forms' CSRF token: the cookie's, or a new one with the Set-Cookie to send. */
export function anonymousCsrf(request: Request): { token: string; setCookie: string | null } {
  const existing = readCookie(request, FORM_COOKIE);
  if (existing) return { token: existing, setCookie: null };
  const token = newToken();
  return { token, setCookie: formCookie(token) };
}

/** Reads an anonymous form (login, set password), refusing it unless its CSRF field matches the cookie. */
export async function requireAnonymousForm(request: Request): Promise<FormData> {
  const form = await postedForm(request);
  const cookie = readCookie(request, FORM_COOKIE);
  const sent = form.get(CSRF_FIELD);
  if (!cookie || typeof sent !== "string" || !sameToken(sent, cookie)) {
    throw new Response(FORM_EXPIRED, { status: 403 });
  }
  return form;
}

async function postedForm(request: Request): Promise<FormData> {
  if (request.method !== "POST") throw new Response("Use the form on the page.", { status: 405 });
  return readForm(request);
}

/** A path inside the portal to go to after login, or the portal's home. */
export function safeNext(next: unknown): string {
  if (typeof next !== "string") return "/developer";
  return /^\/developer(\/[^/\\]|$|\?)/.test(next) && !next.includes("//") ? next : "/developer";
}
