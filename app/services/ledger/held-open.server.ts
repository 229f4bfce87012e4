import { earlyRenewalStartsAt, windowEndsAt, type PackState } from "../../ledger";
import type { ShopContext } from "./shop-context.server";
import type { Sql } from "./sql.server";

const DAY = 24 * 60 * 60 * 1000;

/**
 * How long a pending purchase keeps the retention windows it was created in open. Shopify expires
 * an unapproved purchase after 2 days and reconciliation records that; this bounds the wait when
 * neither a webhook nor reconciliation ever reports back.
 */
export const PENDING_HOLDS_WINDOW_MS = 7 * DAY;

/**
 * Creation instants of each shop's pack purchases still pending at `at`, by shop id (a custom
 * quote's purchase is never a renewal, so it keeps no window open).
 */
export async function pendingPurchaseInstants(
  sql: Sql,
  shopIds: readonly string[],
  at: Date,
): Promise<Map<string, Date[]>> {
  const rows = await sql.query<{ shopId: string; purchasedAt: Date }>(
    `SELECT "shopId"::text AS "shopId", "purchasedAt" FROM "AppPurchase"
      WHERE "shopId" = ANY($1::uuid[]) AND status = 'PENDING' AND "tier" IS NOT NULL
        AND "purchasedAt" > $2 AND "purchasedAt" <= $3`,
    [[...shopIds], new Date(at.getTime() - PENDING_HOLDS_WINDOW_MS), at],
  );
  const byShop = new Map<string, Date[]>();
  for (const row of rows) byShop.set(row.shopId, [...(byShop.get(row.shopId) ?? []), row.purchasedAt]);
  return byShop;
}

/**
 * Packs whose retention window has closed by `instant` without an outcome while a purchase
 * created inside that window is still pending. Time leaves them undecided, so that the purchase,
 * confirmed late, still receives their minutes as it would have on time.
 */
export function heldOpenPacks(
  packs: readonly PackState[],
  instant: Date,
  shop: ShopContext,
  pending: readonly Date[],
): Set<string> {
  const held = new Set<string>();
  if (pending.length === 0) return held;
  for (const pack of packs) {
    if (pack.expiresAt === null || pack.outcome !== null) continue;
    const from = earlyRenewalStartsAt(pack.expiresAt, shop.timeZone, shop.policy).getTime();
    const until = windowEndsAt(pack.expiresAt, shop.timeZone, shop.policy).getTime();
    if (instant.getTime() < until) continue;
    const inWindow = (c: Date) =>
      c.getTime() > pack.paidAt.getTime() && c.getTime() >= from && c.getTime() < until;
    if (pending.some(inWindow)) held.add(pack.id);
  }
  return held;
}
