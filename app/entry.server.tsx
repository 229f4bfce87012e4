import { PassThrough } from "node:stream";
import {
  createReadableStreamFromReadable,
  type ActionFunctionArgs,
  type EntryContext,
  type HandleDataRequestFunction,
  type LoaderFunctionArgs,
} from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { startJobsInProcess } from "./jobs/scheduler.server";
import { logFault, requestId } from "./lib/log.server";
import { addSecurityHeaders } from "./portal/headers.server";
import { dataResponse, documentStatus, noteDatabaseFault } from "./services/database-faults.server";
import { addDocumentResponseHeaders } from "./shopify.server";

export const streamTimeout = 5000;

// The server loads this module once at start: with JOBS_INTERVAL set, the jobs run in-process.
startJobsInProcess();

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
) {
  responseStatusCode = documentStatus(request, responseStatusCode, responseHeaders);
  addDocumentResponseHeaders(request, responseHeaders);
  responseHeaders.set("X-Request-Id", requestId(request));
  addSecurityHeaders(request, responseHeaders);
  const userAgent = request.headers.get("user-agent");
  const callbackName = isbot(userAgent ?? "") ? "onAllReady" : "onShellReady";

  return new Promise((resolve, reject) => {
    const { pipe, abort } = renderToPipeableStream(<RemixServer context={remixContext} url={request.url} />, {
      [callbackName]: () => {
        const body = new PassThrough();
        const stream = createReadableStreamFromReadable(body);
        responseHeaders.set("Content-Type", "text/html");
        resolve(new Response(stream, { headers: responseHeaders, status: responseStatusCode }));
        pipe(body);
      },
      onShellError(error) {
        reject(error);
      },
      onError(error) {
        responseStatusCode = 500;
        logFault(request, error);
      },
    });
    // Abort a little after the stream timeout so rejected boundaries can flush.
    setTimeout(abort, streamTimeout + 1000);
  });
}

/**
 * Logs what went wrong on the server, once per fault: never a 4xx (bad input, unknown pages are
 * answered, not faults), never an aborted request, and never a URL's query or token. A database
 * that did not answer is also noted, so that the answer is 503 (docs/decisions/056).
 */
export function handleError(error: unknown, { request }: LoaderFunctionArgs | ActionFunctionArgs) {
  noteDatabaseFault(error, request);
  if (request.signal.aborted) return;
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === "number" && status < 500) return;
  logFault(request, error);
}

// Single-fetch answers (`.data`) carry the same page data: they get the same security headers,
// and 503 with Retry-After when the database did not answer.
export const handleDataRequest: HandleDataRequestFunction = (response, { request }) => {
  addSecurityHeaders(request, response.headers);
  return dataResponse(request, response);
};
