import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { logFault } from "../lib/log.server";

// When the database does not answer (a connection or statement timeout, a refused or dropped
// connection, a server shutting down), requests answer 503 with Retry-After instead of hanging or
// answering 500; the error itself goes to the log only (docs/decisions/056).

/** Seconds a client is asked to wait before trying again. */
export const RETRY_AFTER_SECONDS = 5;

// SQLSTATE classes and codes that mean "the database cannot serve this now", not "this is wrong".
const UNAVAILABLE_SQLSTATE = /^(08|53|57P0[1-5]$|57014$|25P03$)/;
// Prisma's codes for an unreachable server, timeouts, a closed connection and an expired transaction.
const UNAVAILABLE_PRISMA = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"]);
// Socket errors, and what the Prisma adapter reports for them.
const LOST_SOCKET = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
  "EAI_AGAIN",
]);
const LOST_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
// node-postgres's own errors carry no code, only these messages.
const LOST_MESSAGE =
  /^(Connection terminated|timeout expired|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error)/;

interface Inspectable {
  code?: unknown;
  originalCode?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown };
}

/** True when `test` holds for `error` or anything it wraps (`cause`, Prisma's adapter error). */
function anyInChain(error: unknown, test: (value: Inspectable) => boolean): boolean {
  const seen = new Set<unknown>();
  const pending = [error];
  while (pending.length > 0) {
    const value = pending.pop();
    if (!value || typeof value !== "object" || seen.has(value)) continue;
    seen.add(value);
    const inspectable = value as Inspectable;
    if (test(inspectable)) return true;
    pending.push(inspectable.cause, inspectable.meta?.driverAdapterError);
  }
  return false;
}

const isLost = ({ code, kind, message }: Inspectable) =>
  (typeof code === "string" && LOST_SOCKET.has(code)) ||
  (typeof kind === "string" && LOST_KINDS.has(kind)) ||
  (typeof message === "string" && LOST_MESSAGE.test(message));

const isRefusedForNow = ({ code, originalCode }: Inspectable) =>
  (typeof code === "string" && UNAVAILABLE_PRISMA.has(code)) ||
  [code, originalCode].some(
    (sqlState) =>
      typeof sqlState === "string" && /^[0-9A-Z]{5}$/.test(sqlState) && UNAVAILABLE_SQLSTATE.test(sqlState),
  );

/**
 * True when the connection itself failed: it could not be made in time, was refused or dropped, or
 * the server stopped answering on it. Nothing more can be sent on such a connection.
 */
export function isConnectionLost(error: unknown): boolean {
  return anyInChain(error, isLost);
}

/**
 * True when `error` (from node-postgres or Prisma, possibly wrapped) means the database could not
 * serve the request now (a lost connection, a statement or idle timeout, too many connections, a
 * server shutting down), rather than a fault in the request or the code.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return anyInChain(error, (value) => isLost(value) || isRefusedForNow(value));
}

/** The answer to a request the database could not serve: no detail, a hint when to retry. */
export function serviceUnavailable(): Response {
  return new Response("The service is briefly unavailable. Try again in a few seconds.\n", {
    status: 503,
    headers: unavailableHeaders(new Headers({ "Content-Type": "text/plain; charset=utf-8" })),
  });
}

function unavailableHeaders(headers: Headers): Headers {
  headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
  headers.set("Cache-Control", "no-store");
  return headers;
}

// Requests whose loader or action failed on the database: entry.server.tsx's handleError notes
// them, and the document and data handlers answer 503.
const failedOnDatabase = new WeakSet<Request>();

/** Notes that `request` failed because the database was unavailable (see handleError). */
export function noteDatabaseFault(error: unknown, request: Request): void {
  if (isDatabaseUnavailable(error)) failedOnDatabase.add(request);
}

/**
 * For a document render: 503 with Retry-After when one of the request's loaders or actions failed
 * on the database, else `status` unchanged.
 */
export function documentStatus(request: Request, status: number, headers: Headers): number {
  if (!failedOnDatabase.has(request)) return status;
  unavailableHeaders(headers);
  return 503;
}

/** For a Remix data (`.data`) response: the same, keeping its body (errors Remix has sanitized). */
export function dataResponse(request: Request, response: Response): Response {
  if (!failedOnDatabase.has(request)) return response;
  return new Response(response.body, {
    status: 503,
    headers: unavailableHeaders(new Headers(response.headers)),
  });
}

/**
 * Wraps a resource route's loader or action (webhooks): Remix answers a resource route's error
 * with 500 and offers no hook afterwards, so a database fault is logged and answered 503 here.
 */
export function answerUnavailable<Args extends ActionFunctionArgs | LoaderFunctionArgs>(
  handler: (args: Args) => Promise<Response>,
): (args: Args) => Promise<Response> {
  return async (args) => {
    try {
      return await handler(args);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      logFault(args.request, error);
      return serviceUnavailable();
    }
  };
}
