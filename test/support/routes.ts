// Calling route modules directly, as Remix would, for loader/action tests.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { RequestType, setUpValidRequest } from "@shopify/shopify-api/test-helpers";
import { expect } from "vitest";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler = (args: ActionFunctionArgs & LoaderFunctionArgs) => Promise<any>;

/** What a handler's `data()` or plain value carries; a Response carries no data. */
type Unwrapped<R> = R extends Response
  ? never
  : R extends { type: string; data: infer D; init: ResponseInit | null }
    ? D
    : R;

/** The data a loader or action answers with: `RouteData<typeof loader>`. */
export type RouteData<H extends Handler> = Unwrapped<Awaited<ReturnType<H>>>;

export interface RouteAnswer<D = unknown> {
  status: number;
  /** What the handler returned or threw as data (null for a Response: a redirect, a 401). */
  data: D;
  response: Response | null;
}

/**
 * Runs a loader or action as Remix would; a returned or thrown Response (redirect, 404, 401) or
 * thrown `data()` (our page errors) is the answer. `data` is typed from the handler's own return
 * type, so a test reads the fields the route really sends.
 */
export async function callRoute<H extends Handler>(
  handler: H,
  request: Request,
  params: Record<string, string> = {},
): Promise<RouteAnswer<RouteData<H>>> {
  try {
    return answerOf(await handler({ request, params, context: {} }), 200);
  } catch (thrown) {
    if (thrown instanceof Response || isData(thrown)) return answerOf(thrown, 500);
    throw thrown;
  }
}

function isData(value: unknown): value is { data: unknown; init: ResponseInit | null } {
  return !!value && typeof value === "object" && (value as { type?: string }).type === "DataWithResponseInit";
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function answerOf(value: unknown, defaultStatus: number): RouteAnswer<any> {
  if (value instanceof Response) return { status: value.status, data: null, response: value };
  if (isData(value)) return { status: value.init?.status ?? defaultStatus, data: value.data, response: null };
  return { status: 200, data: value, response: null };
}

/**
 * A request from the embedded app for `shop` (a *.myshopify.com domain): a document load with an
 * id_token (GET), or a fetch with a session token in the Authorization header (`bearer`).
 */
export async function adminRequest(
  shop: string,
  path: string,
  options: { method?: string; form?: Record<string, string>; bearer?: boolean } = {},
) {
  const init: RequestInit = { method: options.method ?? (options.form ? "POST" : "GET") };
  if (options.form) init.body = new URLSearchParams(options.form);
  const request = new Request(`https://my-test-app.myshopify.io${path}`, init);
  return setUpValidRequest(
    {
      type: options.bearer || options.form ? RequestType.Bearer : RequestType.Admin,
      store: shop.replace(/\.myshopify\.com$/, ""),
      apiKey: "testApiKey",
      apiSecretKey: "testApiSecretKey",
    },
    request,
  );
}

/** The refusal a 4xx answer carries (fails the test when the answer is not one). */
export function refusalOf<D>(answer: RouteAnswer<D>): Extract<D, { ok: false }> {
  expect(answer.status, "a refusal's status").toBeGreaterThanOrEqual(400);
  expect(answer.data).toMatchObject({ ok: false });
  return answer.data as Extract<D, { ok: false }>;
}
