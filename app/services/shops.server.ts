import prisma from "../db.server";
import { recordEventInTx, type WebhookEventRef } from "./webhook-events.server";
import * as clock from "../clock.server";

/** The Admin GraphQL client as `authenticate.admin` and `unauthenticated.admin` return it. */
export type AdminGraphql = (
  query: string,
  options?: { variables?: Record<string, unknown> },
) => Promise<Response>;

const SHOP_TIMEZONE = `#graphql
  query ShopTimezone {
    shop {
      ianaTimezone
    }
  }`;

/** Reads the shop's IANA time zone from the Admin API; null when Shopify does not say. */
export async function fetchShopTimezone(graphql: AdminGraphql): Promise<string | null> {
  const response = await graphql(SHOP_TIMEZONE);
  const body = (await response.json()) as { data?: { shop?: { ianaTimezone?: string | null } | null } };
  return body.data?.shop?.ianaTimezone ?? null;
}

/**
 * Records an install or re-auth: creates the shop, or refreshes its time zone; a shop coming
 * back after an uninstall gets a new install time.
 */
export async function recordShop(domain: string, graphql: AdminGraphql, now = clock.now()) {
  const timezone = (await fetchShopTimezone(graphql)) ?? "UTC";
  const shop = await prisma.shop.upsert({
    where: { domain },
    create: { domain, timezone, installedAt: now },
    update: { timezone },
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
