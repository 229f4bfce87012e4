import { randomUUID } from "node:crypto";
import * as clock from "../clock.server";

// Request ids, so that an error a person reports can be found in the logs. One per request,
// taken from the proxy's X-Request-Id when it is a plain token, otherwise made here.
const ids = new WeakMap<Request, string>();

/** The id of a request (stable for the request's lifetime). */
export function requestId(request: Request): string {
  let id = ids.get(request);
  if (!id) {
    const sent = request.headers.get("x-request-id");
    id = sent && /^[\w.-]{8,64}$/.test(sent) ? sent : randomUUID();
    ids.set(request, id);
  }
  return id;
}

// Secrets travel in URLs: Shopify's id_token, session, hmac and host query parameters, password
// and unsubscribe tokens in paths. A log line keeps the path only, with long tokens blanked.
const TOKEN_SEGMENT = /^(?![0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$)[\w-]{24,}$/i;
const SECRETS = /((?:id_token|session|hmac|token|signature|password|code)=)[^&\s"']+|(Bearer\s+)[\w.-]+/gi;

/** A URL as it may appear in a log: path only, token-like segments replaced. */
export function loggablePath(url: string): string {
  const { pathname } = new URL(url, "http://localhost");
  return pathname
    .split("/")
    .map((segment) => (TOKEN_SEGMENT.test(segment) ? "[token]" : segment))
    .join("/");
}

// A token-like segment of a path quoted anywhere in a message (a library's error quoting the URL).
const QUOTED_SEGMENT = /\/([\w-]{24,})(?=[/?#\s"')]|$)/g;

/** Text with anything that looks like a credential in a URL, a path or a header blanked out. */
export function scrub(text: string): string {
  return text
    .replace(SECRETS, (_match, param?: string, bearer?: string) => `${param ?? bearer ?? ""}[redacted]`)
    .replace(QUOTED_SEGMENT, (match, segment: string) => (TOKEN_SEGMENT.test(segment) ? "/[token]" : match));
}

/** Logs a server fault as one JSON line on stderr, with the request id and no secret. */
export function logFault(request: Request, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const stack = error instanceof Error ? error.stack?.split("\n").slice(1, 6).join("\n") : undefined;
  const line = {
    time: clock.now().toISOString(),
    level: "error",
    requestId: requestId(request),
    method: request.method,
    path: loggablePath(request.url),
    error: scrub(message),
    ...(stack ? { stack: scrub(stack) } : {}),
  };
  process.stderr.write(`${JSON.stringify(line)}\n`);
}
