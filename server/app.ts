// The HTTP server in front of Remix, for `npm start` and the preview alike
// (docs/decisions/090-own-production-server.md): static files, request bodies read within their
// limits, and the connection's address handed to the app as load context.
import { createServer, type Server } from "node:http";
import path from "node:path";
import { writeReadableStreamToWritable, type AppLoadContext } from "@remix-run/node";
import compression from "compression";
import express, {
  type Express,
  type Request as ExpressRequest,
  type Response as ExpressResponse,
  type RequestHandler,
} from "express";
import { readLimitedBody, refuseBeforeContinue } from "./body-limit";

/** Remix's request handler (createRequestHandler), or any function of the same shape in tests. */
export type HandleRequest = (request: Request, context: AppLoadContext) => Promise<Response>;

export interface AppServerOptions {
  handle: HandleRequest;
  /** The build's client folder: hashed files under assets/, and the public files. */
  clientDir: string;
  /** Middleware that runs first (the preview points Shopify's headers at its emulation). */
  before?: RequestHandler[];
}

/** The express app that serves the build. */
export function appServer(options: AppServerOptions): Express {
  const app = express();
  app.disable("x-powered-by");
  for (const handler of options.before ?? []) app.use(handler);
  app.use(compression());
  app.use(
    "/assets",
    express.static(path.join(options.clientDir, "assets"), { immutable: true, maxAge: "1y" }),
  );
  app.use(express.static(options.clientDir, { maxAge: "1h" }));
  // Browsers ask for it on every portal page; the app has none, and Remix would log each 404.
  app.get("/favicon.ico", (_req, res) => void res.status(204).end());
  app.all("*", readLimitedBody, remixHandler(options.handle));
  return app;
}

function remixHandler(handle: HandleRequest): RequestHandler {
  return async (req, res, next) => {
    const request = toRequest(req, res);
    if (!request) return void res.status(400).type("text/plain").send("The Host header is malformed.");
    try {
      const response = await handle(request, { clientAddress: req.socket.remoteAddress });
      await send(res, response);
    } catch (error) {
      next(error);
    }
  };
}

// As @remix-run/express does it, except that the body was already read (readLimitedBody): its
// handler reads the request stream itself, which is what must not happen past the limit.
function toRequest(req: ExpressRequest, res: ExpressResponse): Request | null {
  let url: URL;
  try {
    url = new URL(`${req.protocol}://${req.get("host") ?? "localhost"}${req.originalUrl}`);
  } catch {
    return null;
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const controller = new AbortController();
  // Abort loaders and actions when the client leaves before the answer is written.
  res.on("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  const withBody = req.method !== "GET" && req.method !== "HEAD" && Buffer.isBuffer(req.body);
  return new Request(url.href, {
    method: req.method,
    headers,
    signal: controller.signal,
    body: withBody ? new Uint8Array(req.body as Buffer) : undefined,
  });
}

async function send(res: ExpressResponse, response: Response): Promise<void> {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [name, value] of response.headers.entries()) res.append(name, value);
  if (/text\/event-stream/i.test(response.headers.get("Content-Type") ?? "")) res.flushHeaders();
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}

/**
 * Listens on `port` (0: any free port). A request that asks `Expect: 100-continue` with a body
 * over its limit is refused before the client sends the body.
 */
export function listen(app: Express, port: number, host?: string): Promise<Server> {
  const server = createServer(app);
  server.on("checkContinue", (req, res) => {
    if (refuseBeforeContinue(req, res)) return;
    res.writeContinue();
    app(req, res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}
