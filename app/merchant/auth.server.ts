import { badRequest } from "../lib/http.server";
import { fail } from "../lib/result";
import { env } from "../env.server";
import { authenticate } from "../shopify.server";
import { shopForSession } from "../services/shops.server";

// Shopify's library decodes `host` with atob and crashes (a 500) on a value that is not base64
// of a Shopify admin host, and sends a malformed `shop` to the login page. Such a request did not
// come from Shopify: refuse it with a 400 naming the parameter first. The domains are the ones the
// library accepts (its sanitizeShop and sanitizeHost); a DNS label has at most 63 characters.
const DOMAINS = "myshopify\\.com|shopify\\.com|myshopify\\.io|shop\\.dev";
const BASE64 = /^[0-9a-zA-Z+/]+={0,2}$/;
const SHOPIFY_HOST =
  /^[a-z0-9.-]+\.(myshopify\.com|shopify\.com|myshopify\.io|shop\.dev|spin\.dev)(\/[\w./-]*)?$/i;
const SHOP = new RegExp(`^[a-zA-Z0-9][a-zA-Z0-9-_]{0,62}\\.(${DOMAINS})$`);
const SHOP_ADMIN = new RegExp(`^admin\\.(${DOMAINS})/store/[a-zA-Z0-9][a-zA-Z0-9-_]{0,62}$`);

function validHost(host: string): boolean {
  try {
    return BASE64.test(host) && SHOPIFY_HOST.test(atob(host));
  } catch {
    return false;
  }
}

function validShop(shop: string): boolean {
  return (
    SHOP.test(shop) || SHOP_ADMIN.test(shop) || (!!env.SHOP_CUSTOM_DOMAIN && shop === env.SHOP_CUSTOM_DOMAIN)
  );
}

/** Throws a 400 naming the parameter when `host` or `shop` is present but not what Shopify sends. */
export function checkShopifyParams(request: Request): void {
  const query = new URL(request.url).searchParams;
  const host = query.get("host");
  if (host !== null && !validHost(host)) throw refused("host", "host must be the value Shopify sends.");
  const shop = query.get("shop");
  if (shop !== null && !validShop(shop))
    throw refused("shop", "shop must be your store's myshopify.com domain.");
}

function refused(field: string, problem: string) {
  return badRequest(fail("invalid_input", `${problem} Open the app from Shopify admin.`, { field }));
}

/** Authenticates an embedded-app request and loads its shop (recording it on first sight). */
export async function requireShop(request: Request) {
  checkShopifyParams(request);
  const context = await authenticate.admin(request);
  const shop = await shopForSession(context.session.shop, context.admin.graphql);
  return { ...context, shop };
}
