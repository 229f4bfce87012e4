// Calling route modules directly, as Remix would, for loader/action tests.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { RequestType, setUpValidRequest } from "@shopify/shopify-api/test-helpers";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler = (args: ActionFunctionArgs & LoaderFunctionArgs) => Promise<any>;

export interface RouteAnswer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data: any;
  response: Response | null;
}

/** Runs a loader or action; a returned or thrown Response (redirect, 404, 401) is the answer. */
export async function call(
  handler: Handler,
  request: Request,
  params: Record<string, string> = {},
): Promise<RouteAnswer> {
  try {
    const result = await handler({ request, params, context: {} });
    if (result instanceof Response) return { status: result.status, data: null, response: result };
    if (result && typeof result === "object" && result.type === "DataWithResponseInit")
      return { status: result.init?.status ?? 200, data: result.data, response: null };
    return { status: 200, data: result, response: null };
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, data: null, response: thrown };
    // A thrown data() (our page errors: 404s, bad links) is a response with a body.
    if (
      thrown &&
      typeof thrown === "object" &&
      (thrown as { type?: string }).type === "DataWithResponseInit"
    ) {
      const value = thrown as { data: unknown; init: ResponseInit | null };
      return { status: value.init?.status ?? 500, data: value.data, response: null };
    }
    throw thrown;
  }
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
