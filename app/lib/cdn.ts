import { useRouteLoaderData } from "@remix-run/react";

/** Shopify's CDN: App Bridge, the Inter font, Polaris illustrations. */
export const SHOPIFY_CDN = "https://cdn.shopify.com";

/**
 * The CDN origin this page loads Shopify's files from: Shopify's, except in the local preview,
 * which serves stand-ins itself (SHOPIFY_CDN_URL, passed down by the root loader).
 */
export function useShopifyCdn(): string {
  return useRouteLoaderData<{ shopifyCdn?: string }>("root")?.shopifyCdn ?? SHOPIFY_CDN;
}
