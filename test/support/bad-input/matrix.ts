// The bad-input matrix: one entry per action or page (its route module, how to build a valid
// request, its fields' kinds and its route parameters), expanded into one test per bad value.
// Each bad value must answer 4xx (never 2xx, never a server error) naming the field (a route
// parameter may answer 404 instead) and leave the database's fingerprint unchanged; the valid
// request and each of its fields' good values must be accepted, so that the matrix cannot pass
// by refusing everything. Adding a route is one entry: see test/routes/bad-input/*.test.ts.
import { RequestType, setUpValidRequest } from "@shopify/shopify-api/test-helpers";
import { beforeAll, describe, expect, test } from "vitest";
import { FORM_COOKIE } from "~/portal/cookies.server";
import { callRoute, type RouteAnswer } from "../routes";
import { fingerprint } from "./fingerprint";
import { FILE, MISSING, type Kind, type ParamProbe, type Sent } from "./kinds";

/** Who sends the request. */
export type Auth =
  | { as: "merchant"; shop: string }
  | { as: "developer"; cookie: string; csrf: string }
  | { as: "anonymous" }
  | { as: "shopify" };

/** A valid request: who sends it, its route parameters and its form fields (or query). */
export interface Target {
  auth: Auth;
  params?: Record<string, string>;
  fields?: Record<string, string | string[]>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler = (args: any) => Promise<any>;

export interface Entry<W> {
  /** The route file, and the form (its intent) when the action serves several. */
  name: string;
  method: "GET" | "POST";
  handler: Handler;
  /** The URL path for these route parameters (values already decoded, as Remix passes them). */
  path: (params: Record<string, string>) => string;
  /** A valid request. Actions make it again before each value that must be accepted (fresh rows). */
  valid: (world: W) => Promise<Target> | Target;
  /** Form fields (POST) or query parameters (GET), by kind. */
  fields?: Record<string, Kind>;
  /** Route parameters and the values each must refuse. */
  params?: Record<string, ParamProbe[]>;
  /** Whether an answer means "accepted", when that is not a status under 400. */
  accepts?: (answer: RouteAnswer) => boolean;
}

const BASE = "https://my-test-app.myshopify.io";

type FormEntry = [string, string | File];

function entriesOf(fields: Record<string, string | string[]> = {}): FormEntry[] {
  return Object.entries(fields).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).map((item): FormEntry => [name, item]),
  );
}

/** The valid fields with `name` replaced by what the probe sends; null when GET cannot send it. */
function withValue(target: Target, name: string, sent: Sent, method: string): FormEntry[] | null {
  const rest = entriesOf(target.fields).filter(([key]) => key !== name);
  if (sent === MISSING) return rest;
  if (sent === FILE)
    return method === "GET"
      ? null
      : [...rest, [name, new File(["plain text"], "note.txt", { type: "text/plain" })]];
  if (typeof sent === "object") {
    const valid = target.fields?.[name];
    const first = (Array.isArray(valid) ? valid[0] : valid) ?? sent.repeated;
    return [...rest, [name, first], [name, sent.repeated]];
  }
  return [...rest, [name, sent]];
}

/** Builds the request as a browser (or Shopify) would send it. */
export async function requestFor(
  auth: Auth,
  method: "GET" | "POST",
  path: string,
  entries: FormEntry[] | { json: string },
): Promise<Request> {
  const form = Array.isArray(entries) ? entries : [];
  const fields = auth.as === "developer" && method === "POST" ? [...form, ["_csrf", auth.csrf]] : form;
  const url = new URL(path, BASE);
  let body: BodyInit | undefined;
  const headers = new Headers();
  if (!Array.isArray(entries)) {
    body = entries.json;
    headers.set("Content-Type", "application/json");
  } else if (method === "GET") {
    for (const [key, value] of fields) url.searchParams.append(key, String(value));
  } else if (fields.some(([, value]) => typeof value !== "string")) {
    const form = new FormData();
    for (const [key, value] of fields) form.append(key, value);
    body = form;
  } else body = new URLSearchParams(fields as [string, string][]);
  if (auth.as === "developer") headers.set("Cookie", auth.cookie);
  if (auth.as === "anonymous") {
    headers.set("Cookie", `${FORM_COOKIE}=anonymous-form-token`);
    if (body instanceof URLSearchParams) body.append("_csrf", "anonymous-form-token");
    if (body instanceof FormData) body.append("_csrf", "anonymous-form-token");
  }
  if (auth.as !== "merchant") return new Request(url, { method, body, headers });
  const signed = await setUpValidRequest(
    {
      type: method === "GET" ? RequestType.Admin : RequestType.Bearer,
      store: auth.shop.replace(/\.myshopify\.com$/, ""),
      apiKey: "testApiKey",
      apiSecretKey: "testApiSecretKey",
    },
    new Request(new URL(path, BASE), { method, body, headers }),
  );
  if (method === "POST") return signed;
  // A document load: the query's fields replace Shopify's own parameters (host, shop) when named.
  const loaded = new URL(signed.url);
  for (const key of new Set(fields.map(([key]) => key))) loaded.searchParams.delete(key);
  for (const [key, value] of fields) loaded.searchParams.append(key, String(value));
  return new Request(loaded, signed);
}

async function send<W>(
  entry: Entry<W>,
  target: Target,
  entries: FormEntry[] | { json: string },
): Promise<RouteAnswer> {
  const params = target.params ?? {};
  const request = await requestFor(target.auth, entry.method, entry.path(params), entries);
  try {
    return await callRoute(entry.handler, request, params);
  } catch (error) {
    // Remix would answer this with a 500.
    throw new Error(`server error (500) from ${entry.name}: ${(error as Error).stack ?? String(error)}`);
  }
}

function describeAnswer(answer: RouteAnswer): string {
  const body = answer.data === null ? "" : JSON.stringify(answer.data);
  return `${answer.status} ${body.length > 400 ? `${body.slice(0, 400)}…` : body}`;
}

/** The field names an answer's errors name. */
export function namedFields(answer: RouteAnswer): string[] {
  const errors = (answer.data as { errors?: { field?: unknown }[] } | null)?.errors;
  return Array.isArray(errors) ? errors.map((e) => String(e.field)) : [];
}

/** Expects a 4xx naming `name`; a route parameter may answer 404 instead. */
export function expectRefused(answer: RouteAnswer, name: string, options: { param?: boolean } = {}) {
  const seen = describeAnswer(answer);
  expect(answer.status, seen).toBeGreaterThanOrEqual(400);
  expect(answer.status, seen).toBeLessThan(500);
  if (options.param && answer.status === 404) return;
  expect(namedFields(answer), seen).toContain(name);
}

function labelOf(sent: Sent): string {
  if (sent === MISSING) return "missing";
  if (sent === FILE) return "a file";
  if (typeof sent === "object") return `sent twice`;
  const shown = JSON.stringify(sent);
  return shown.length > 40 ? `${shown.slice(0, 40)}…" (${sent.length} characters)` : shown;
}

/**
 * Registers the matrix's tests for `entries`; `world` gives the file's fixtures (made once, in
 * the file's beforeAll). Returns the matrix's size for the file.
 */
export function badInputMatrix<W>(world: () => W, entries: Entry<W>[]) {
  let baseline: unknown;
  const size = { entries: entries.length, refused: 0, accepted: 0 };

  for (const entry of entries) {
    describe(entry.name, () => {
      let target: Target;
      beforeAll(async () => {
        target = await entry.valid(world());
        baseline = await fingerprint();
      });

      const refusedUnchanged = async (answer: RouteAnswer, name: string, param: boolean) => {
        const after = await fingerprint();
        const before = baseline;
        baseline = after;
        expectRefused(answer, name, { param });
        expect(after, "the database changed").toEqual(before);
      };

      for (const [name, kind] of Object.entries(entry.fields ?? {})) {
        const probes = kind.bad.filter((p) => !(entry.method === "GET" && p.sent === FILE));
        size.refused += probes.length;
        test.for(probes)(`${name} (${kind.name}): $label is refused`, async (probe) => {
          const entries = withValue(target, name, probe.sent, entry.method)!;
          await refusedUnchanged(await send(entry, target, entries), name, false);
        });
      }

      if (entry.method === "POST") {
        size.refused += 1;
        test("a body that is not a form is refused", async () => {
          const json = JSON.stringify(target.fields ?? {});
          await refusedUnchanged(await send(entry, target, { json }), "form", false);
        });
      }

      for (const [name, probes] of Object.entries(entry.params ?? {})) {
        size.refused += probes.length;
        test.for(probes)(`:${name} $label is refused`, async (probe) => {
          const value = typeof probe.sent === "function" ? probe.sent() : probe.sent;
          const bad = { ...target, params: { ...target.params, [name]: value } };
          await refusedUnchanged(await send(entry, bad, entriesOf(target.fields)), name, true);
        });
      }

      const expectAccepted = (answer: RouteAnswer) =>
        expect(entry.accepts?.(answer) ?? answer.status < 400, describeAnswer(answer)).toBe(true);

      size.accepted += 1;
      test("the valid request is accepted", async () => {
        expectAccepted(await send(entry, target, entriesOf(target.fields)));
        baseline = await fingerprint();
      });

      for (const [name, kind] of Object.entries(entry.fields ?? {})) {
        const goods = kind.good.map((value) => ({ value, label: labelOf(value()) }));
        size.accepted += goods.length;
        test.for(goods)(`${name}: $label is accepted`, async ({ value }) => {
          const fresh = entry.method === "GET" ? target : await entry.valid(world());
          expectAccepted(await send(entry, fresh, withValue(fresh, name, value(), entry.method)!));
          baseline = await fingerprint();
        });
      }
    });
  }
  return size;
}
