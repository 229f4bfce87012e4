// The developer portal's test helpers: logged-in developers, connections and requests as a browser sends them.
import prisma from "~/db.server";
import { hashToken } from "~/services/developers/crypto.server";
import { SESSION_COOKIE } from "~/portal/cookies.server";
import { connect as connectDeveloper, developerWithPassword } from "../../scripts/factories/people";

export const PASSWORD = "correct horse battery staple";

let counter = 0;
/** An email no other test uses. */
export function uniqueEmail(name = "dev"): string {
  counter += 1;
  return `${name}-${counter}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}

export interface TestDeveloper {
  id: string;
  email: string;
  /** The session cookie header of a fresh login (`Cookie: ...`). */
  cookie: string;
  sessionToken: string;
  csrf: string;
}

/** An invited developer who set a password and is logged in. */
export async function makeDeveloper(
  options: { role?: "developer" | "admin"; payoutRateCents?: number; email?: string } = {},
): Promise<TestDeveloper> {
  const { developer, sessionToken } = await developerWithPassword(
    { email: options.email ?? uniqueEmail(), role: options.role, payoutRateCents: options.payoutRateCents },
    PASSWORD,
    new Date(),
  );
  return { id: developer.id, email: developer.email, ...(await sessionOf(sessionToken)) };
}

/** The cookie and CSRF token of a session token. */
export async function sessionOf(sessionToken: string) {
  const session = await prisma.developerSession.findUniqueOrThrow({
    where: { tokenHash: hashToken(sessionToken) },
  });
  return { sessionToken, cookie: `${SESSION_COOKIE}=${sessionToken}`, csrf: session.csrfToken };
}

/** Connects a developer to a shop, as an accepted connection request does. */
export function connect(shopId: string, developerId: string, revokedAt: Date | null = null) {
  return connectDeveloper(shopId, developerId, { revokedAt });
}

const BASE = "https://my-test-app.myshopify.io";

/** A GET as a browser sends it, with the developer's cookie. */
export function getRequest(path: string, cookie?: string): Request {
  return new Request(`${BASE}${path}`, { headers: cookie ? { Cookie: cookie } : {} });
}

/** A form POST as a browser sends it; `csrf` is added as the hidden field unless null. */
export function postRequest(
  path: string,
  fields: Record<string, string | string[]>,
  options: { cookie?: string; csrf?: string | null; headers?: Record<string, string> } = {},
): Request {
  const body = new URLSearchParams();
  if (options.csrf) body.append("_csrf", options.csrf);
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(key, item);
  }
  return new Request(`${BASE}${path}`, {
    method: "POST",
    body,
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      ...(options.cookie ? { Cookie: options.cookie } : {}),
      ...options.headers,
    },
  });
}

/** Runs a loader or action and returns what it returned or threw (redirects and 404s are thrown). */
export async function settle<T>(run: () => Promise<T>): Promise<T | Response> {
  try {
    return await run();
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    // A thrown data() (our page errors) is an answer too; statusOf and bodyOf read it.
    if (thrown && typeof thrown === "object" && (thrown as { type?: string }).type === "DataWithResponseInit")
      return thrown as T;
    throw thrown;
  }
}

/** The status of a loader or action outcome: a Response's, a `data()` value's, or 200. */
export function statusOf(outcome: unknown): number {
  if (outcome instanceof Response) return outcome.status;
  const init = (outcome as { init?: { status?: number } | null } | null)?.init;
  return init?.status ?? 200;
}

/** The body of a `data()` value (or the value itself). */
export function bodyOf<T = Record<string, unknown>>(outcome: unknown): T {
  const value = outcome as { type?: string; data?: unknown };
  return (value?.type === "DataWithResponseInit" ? value.data : outcome) as T;
}
