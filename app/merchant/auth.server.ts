import { badRequest } from "../lib/http.server";
import { fail } from "../lib/result";
import { authenticate } from "../shopify.server";
import { shopForSession } from "../services/shops.server";

// Shopify's library decodes `host` with atob and crashes (a 500) on a value that is not base64
// of a Shopify admin host. Such a request did not come from Shopify: refuse it with a 400 first.
const BASE64 = /^[0-9a-zA-Z+/]+={0,2}$/;
const SHOPIFY_HOST =
  /^[a-z0-9.-]+\.(myshopify\.com|shopify\.com|myshopify\.io|shop\.dev|spin\.dev)(\/[\w./-]*)?$/i;

/** Throws a 400 naming the parameter when `host` is present but not what Shopify sends. */
export function checkShopifyParams(request: Request): void {
  const host = new URL(request.url).searchParams.get("host");
  if (host === null) return;
  let decoded = "";
  try {
    decoded = BASE64.test(host) ? atob(host) : "";
  } catch {
    decoded = "";
  }
  if (!SHOPIFY_HOST.test(decoded)) {
    throw badRequest(
      fail("invalid_input", "host must be the value Shopify sends. Open the app from Shopify admin.", {
        field: "host",
      }),
    );
  }
}

/** Authenticates an embedded-app request and loads its shop (recording it on first sight). */
export async function requireShop(request: Request) {
  checkShopifyParams(request);
  const context = await authenticate.admin(request);
  const shop = await shopForSession(context.session.shop, context.admin.graphql);
  return { ...context, shop };
}
