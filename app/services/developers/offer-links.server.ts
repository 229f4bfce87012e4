import { findTier, TIERS } from "../../ledger";
import prisma from "../../db.server";
import { env } from "../../env.server";
import { createOfferToken, DEFAULT_OFFER_DAYS } from "../offers.server";
import { fail, type Result } from "../../lib/result";

const SHOP_DOMAIN = /^[a-z0-9][a-z0-9-]*\.myshopify\.com$/;

/**
 * The link a developer gives a client: the app's Packs page inside the store's Shopify admin,
 * with the offer preselected (the merchant app verifies the token there).
 */
export function offerUrl(shopDomain: string, token: string): string {
  const handle = shopDomain.replace(/\.myshopify\.com$/, "");
  const url = new URL(
    `https://admin.shopify.com/store/${encodeURIComponent(handle)}/apps/${encodeURIComponent(env.SHOPIFY_API_KEY)}/app/packs`,
  );
  url.searchParams.set("offer", token);
  return url.toString();
}

/**
 * Creates an offer link for any tier (the unlisted 10 h pack included) for a store: a connected
 * one, or a new client's. A store that revoked this developer must reconnect them first.
 */
export async function createOfferLink(
  developerId: string,
  input: { shopDomain: string; tier: string },
  now: Date,
): Promise<Result<{ url: string; expiresAt: Date; tierHours: number; shopDomain: string }>> {
  const tier = findTier(input.tier);
  if (!tier)
    return fail("invalid_input", `Choose one of the packs: ${TIERS.map((t) => t.id).join(", ")}.`, {
      field: "tier",
    });
  const shopDomain = input.shopDomain.trim().toLowerCase();
  if (!SHOP_DOMAIN.test(shopDomain))
    return fail("invalid_input", "Give the store's myshopify.com domain, e.g. example.myshopify.com.", {
      field: "shopDomain",
    });
  const connection = await prisma.shopDeveloper.findFirst({
    where: { developerId, shop: { domain: shopDomain } },
    select: { revokedAt: true },
  });
  if (connection?.revokedAt) {
    return fail(
      "invalid_state",
      `${shopDomain} removed you as its developer. The merchant must reconnect you from the app's Settings first.`,
    );
  }
  const expiresAt = new Date(now.getTime() + DEFAULT_OFFER_DAYS * 24 * 3600_000);
  const token = createOfferToken(
    { developerId, tier: tier.id, shopDomain, expiresAt },
    env.SHOPIFY_API_SECRET,
  );
  return { ok: true, url: offerUrl(shopDomain, token), expiresAt, tierHours: tier.hours, shopDomain };
}
