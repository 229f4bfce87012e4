import { env } from "../../env.server";

/** A page of the app inside the store's Shopify admin: where a merchant's email links go. */
export function merchantUrl(shopDomain: string, path: string): string {
  const store = shopDomain.replace(/\.myshopify\.com$/, "");
  return `https://admin.shopify.com/store/${store}/apps/${env.SHOPIFY_API_KEY}/app${path}`;
}

/** A page of the developer portal. */
export function portalUrl(path: string): string {
  return new URL(path, env.SHOPIFY_APP_URL).href;
}
