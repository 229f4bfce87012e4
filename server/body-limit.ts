// Request bodies are read here, before Remix sees the request, and never past their limit: Remix
// reads bodies lazily and whole, so a 50 MB webhook with a bad signature was held in memory before
// its 401 (docs/decisions/090-own-production-server.md).
import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestHandler } from "express";
import getRawBody from "raw-body";

const KB = 1024;

/** The largest request body accepted, in bytes: Shopify's webhooks, and every other request (forms). */
export const BODY_LIMITS = { webhook: 256 * KB, other: 1024 * KB } as const;

/** The body limit of a request path. */
export function bodyLimit(path: string): number {
  return path.startsWith("/webhooks/") ? BODY_LIMITS.webhook : BODY_LIMITS.other;
}

// After a refusal the client may still be sending. Closing the connection on unread data resets
// it, and the client can lose the answer: discard what it sends for a moment, then close.
const LINGER_MS = 1000;

function describe(limit: number): string {
  return limit >= 1024 * KB ? `${limit / (1024 * KB)} MB` : `${limit / KB} KB`;
}

function pathOf(req: IncomingMessage): string {
  return (req.url ?? "/").split("?")[0] ?? "/";
}

/** Answers with `status`, discards the rest of the body and closes the connection soon after. */
function refuse(req: IncomingMessage, res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(message),
  });
  res.end(message);
  req.resume();
  setTimeout(() => req.socket.destroy(), LINGER_MS).unref();
}

function tooLarge(req: IncomingMessage, res: ServerResponse, limit: number): void {
  refuse(req, res, 413, `The request body is larger than ${describe(limit)}, the most this address accepts.`);
}

/** The declared Content-Length, or null (Node's parser refuses a malformed one with 400). */
function declaredLength(req: IncomingMessage): number | null {
  const header = req.headers["content-length"];
  return header === undefined ? null : Number(header);
}

/**
 * For a request that asks `Expect: 100-continue`: refuses a declared body over the path's limit
 * before the client sends it. True when it answered.
 */
export function refuseBeforeContinue(req: IncomingMessage, res: ServerResponse): boolean {
  const length = declaredLength(req);
  const limit = bodyLimit(pathOf(req));
  if (length === null || length <= limit) return false;
  tooLarge(req, res, limit);
  return true;
}

/**
 * Reads the request body into `req.body` (a Buffer), at most the path's limit. A Content-Length
 * over the limit is refused with 413 at once, unread; a body without one (chunked) is counted as
 * it arrives and refused as soon as it passes the limit.
 */
export const readLimitedBody: RequestHandler = (req, res, next) => {
  const length = declaredLength(req);
  if (length === null && req.headers["transfer-encoding"] === undefined) return next();
  const encoding = req.headers["content-encoding"];
  if (encoding !== undefined && encoding !== "identity")
    return refuse(req, res, 415, "Compressed request bodies are not accepted: send it uncompressed.");
  const limit = bodyLimit(req.path);
  getRawBody(req, { length, limit }, (error, body) => {
    if (!error) {
      req.body = body;
      return next();
    }
    if (error.type === "entity.too.large") return tooLarge(req, res, limit);
    // The client went away, or sent fewer bytes than it declared.
    refuse(req, res, 400, "The request body was incomplete.");
  });
};
