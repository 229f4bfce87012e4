import { env } from "../env.server";
import { SESSION_MAX_MS } from "../services/developers/sessions.server";

// Cookies are Secure whenever the app is served over https (always in production: env.server.ts
// refuses http except for localhost). On http://localhost in development Secure is left off, so
// that every browser (Safari included) keeps the cookie; the __Host- prefix requires Secure.
const secure = env.SHOPIFY_APP_URL.startsWith("https://");
const prefix = secure ? "__Host-" : "";

/** The portal session cookie (holds the session token). */
export const SESSION_COOKIE = `${prefix}sp_session`;
/** The anonymous forms' CSRF cookie (login, set password): compared with a hidden field. */
export const FORM_COOKIE = `${prefix}sp_form`;

/** The value of one cookie of a request, or null. */
export function readCookie(request: Request, name: string): string | null {
  const header = request.headers.get("Cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const index = part.indexOf("=");
    if (index === -1) continue;
    if (part.slice(0, index).trim() === name) return part.slice(index + 1).trim() || null;
  }
  return null;
}

function serialize(name: string, value: string, maxAgeSeconds?: number): string {
  const attributes = [`${name}=${value}`, "Path=/", "HttpOnly", "SameSite=Lax"];
  if (secure) attributes.push("Secure");
  if (maxAgeSeconds !== undefined) attributes.push(`Max-Age=${maxAgeSeconds}`);
  return attributes.join("; ");
}

/** Set-Cookie for a new session token. */
export function sessionCookie(token: string): string {
  return serialize(SESSION_COOKIE, token, Math.floor(SESSION_MAX_MS / 1000));
}

/** Set-Cookie that removes the session cookie. */
export function clearSessionCookie(): string {
  return serialize(SESSION_COOKIE, "", 0);
}

/** Set-Cookie for the anonymous forms' CSRF token (a browser-session cookie). */
export function formCookie(token: string): string {
  return serialize(FORM_COOKIE, token);
}
