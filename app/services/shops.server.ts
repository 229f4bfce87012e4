import prisma from "../db.server";
import { recordEventInTx, type WebhookEventRef } from "./webhook-events.server";
import * as clock from "../clock.server";

/** The Admin GraphQL client as `authenticate.admin` and `unauthenticated.admin` return it. */
export type AdminGraphql = (
  query: string,
  options?: { variables?: Record<string, unknown> },
) => Promise<Response>;

const SHOP_DETAILS = `#graphql
  query ShopDetails {
    shop {
      id
      ianaTimezone
    }
  }`;

/** The shop's Shopify id and IANA time zone from the Admin API; null for what Shopify does not say. */
export async function fetchShopDetails(
  graphql: AdminGraphql,
): Promise<{ gid: string | null; timezone: string | null }> {
  const response = await graphql(SHOP_DETAILS);
  const body = (await response.json()) as {
    data?: { shop?: { id?: string | null; ianaTimezone?: string | null } | null };
  };
  const shop = body.data?.shop;
  return { gid: shop?.id ?? null, timezone: shop?.ianaTimezone ?? null };
}

/**
 * Records an install or re-auth: creates the shop, or refreshes its time zone and Shopify id; a
 * shop coming back after an uninstall gets a new install time.
 */
export async function recordShop(domain: string, graphql: AdminGraphql, now = clock.now()) {
  const details = await fetchShopDetails(graphql);
  const timezone = details.timezone ?? "UTC";
  const gid = details.gid ? { shopifyGid: details.gid } : {};
  const shop = await prisma.shop.upsert({
    where: { domain },
    create: { domain, timezone, installedAt: now, ...gid },
    update: { timezone, ...gid },
  });
  if (!shop.uninstalledAt) return shop;
  return prisma.shop.update({ where: { id: shop.id }, data: { installedAt: now, uninstalledAt: null } });
}

/**
 * Marks a shop uninstalled and removes its sessions; the ledger stays. Idempotent; with `event`,
 * a repeated delivery is acknowledged without effect (decided in the same transaction).
 */
export async function recordUninstall(domain: string, at: Date, event?: WebhookEventRef) {
  await prisma.$transaction(async (tx) => {
    const shop = await tx.shop.findUnique({ where: { domain }, select: { id: true } });
    if (shop && event && !(await recordEventInTx(tx, shop.id, event, at))) return;
    await tx.session.deleteMany({ where: { shop: domain } });
    await tx.shop.updateMany({ where: { domain, uninstalledAt: null }, data: { uninstalledAt: at } });
  });
}

/** The shop for an authenticated session, recording it first if no install was seen yet. */
export async function shopForSession(domain: string, graphql: AdminGraphql) {
  return (await prisma.shop.findUnique({ where: { domain } })) ?? recordShop(domain, graphql);
}
