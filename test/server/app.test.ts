// The production server on a real port: bodies over their limit are refused before they are read,
// and the app gets the body whole and the connection's address.
import { request as httpRequest, type IncomingMessage, type Server } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { BODY_LIMITS } from "../../server/body-limit";
import { appServer, listen } from "../../server/app";

const seen: { url: string; bytes: number; clientAddress?: string }[] = [];
const clientDir = mkdtempSync(path.join(tmpdir(), "support-packs-client-"));
let server: Server;
let port: number;

beforeAll(async () => {
  const app = appServer({
    clientDir,
    handle: async (request, context) => {
      const bytes = (await request.arrayBuffer()).byteLength;
      seen.push({ url: new URL(request.url).pathname, bytes, clientAddress: context.clientAddress });
      return Response.json({ bytes, clientAddress: context.clientAddress });
    },
  });
  server = await listen(app, 0, "127.0.0.1");
  port = (server.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(clientDir, { recursive: true, force: true });
});

interface Sent {
  status: number | "continue";
  body: string;
  /** Bytes of body written before the answer came. */
  written: number;
}

/**
 * Sends a POST whose body is `size` bytes, in 64 KB chunks, and stops writing as soon as an
 * answer arrives. `length: false` sends it chunked, without Content-Length.
 */
function post(urlPath: string, size: number, headers: Record<string, string> = {}, length = true) {
  return new Promise<Sent>((resolve, reject) => {
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let written = 0;
    let answered = false;
    const req = httpRequest({
      host: "127.0.0.1",
      port,
      method: "POST",
      path: urlPath,
      headers: {
        "Content-Type": "application/octet-stream",
        ...headers,
        ...(length ? { "Content-Length": size } : {}),
      },
    });
    req.on("continue", () => {
      answered = true;
      req.destroy();
      resolve({ status: "continue", body: "", written });
    });
    req.on("response", (res: IncomingMessage) => {
      answered = true;
      const parts: Buffer[] = [];
      res.on("data", (part: Buffer) => parts.push(part));
      res.on("end", () => {
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString(), written });
        req.destroy();
      });
    });
    req.on("error", (error) => (answered ? undefined : reject(error)));
    if (headers.Expect) return;
    const write = () => {
      while (written < size && !answered) {
        const part = chunk.subarray(0, Math.min(chunk.length, size - written));
        written += part.length;
        if (!req.write(part)) return void req.once("drain", write);
      }
      if (!answered) req.end();
    };
    write();
  });
}

describe("the production server", () => {
  test("hands a form within 1 MB to the app whole, with the connection's address", async () => {
    const sent = await post("/developer/login", BODY_LIMITS.other);
    expect(sent.status).toBe(200);
    expect(JSON.parse(sent.body)).toEqual({ bytes: BODY_LIMITS.other, clientAddress: "127.0.0.1" });
  });

  test("refuses a declared body over the limit with 413 before the client has sent it", async () => {
    const before = seen.length;
    const sent = await post("/webhooks/app/uninstalled", 50 * 1024 * 1024);
    expect(sent.status).toBe(413);
    expect(sent.body).toContain("larger than 256 KB");
    expect(sent.written).toBeLessThan(50 * 1024 * 1024);
    expect(seen.length).toBe(before);
  });

  test("counts a chunked body without Content-Length and refuses it once past the limit", async () => {
    const before = seen.length;
    const sent = await post("/webhooks/app/uninstalled", 50 * 1024 * 1024, {}, false);
    expect(sent.status).toBe(413);
    expect(sent.written).toBeLessThan(50 * 1024 * 1024);
    expect(seen.length).toBe(before);
    const within = await post("/webhooks/app/uninstalled", BODY_LIMITS.webhook, {}, false);
    expect(JSON.parse(within.body)).toMatchObject({ bytes: BODY_LIMITS.webhook });
  });

  test("gives webhooks the smaller limit and every other path the larger one", async () => {
    const size = BODY_LIMITS.webhook + 1;
    expect((await post("/webhooks/app_purchases_one_time/update", size)).status).toBe(413);
    expect((await post("/app/quotes/1", size)).status).toBe(200);
    expect((await post("/app/quotes/1", BODY_LIMITS.other + 1)).status).toBe(413);
  });

  test("answers 413 instead of 100 Continue to a client that asks first", async () => {
    const over = await post("/developer/login", BODY_LIMITS.other + 1, { Expect: "100-continue" });
    expect(over.status).toBe(413);
    const within = await post("/developer/login", 10, { Expect: "100-continue" });
    expect(within.status).toBe("continue");
  });

  test("refuses compressed bodies", async () => {
    const sent = await post("/developer/login", 10, { "Content-Encoding": "gzip" });
    expect(sent.status).toBe(415);
    expect(sent.body).toContain("uncompressed");
  });
});
