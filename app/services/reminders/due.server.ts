import prisma from "../../db.server";
import { noticesOf, type ExpiryNoticeAt } from "../banner.server";
import { pendingPurchaseInstants } from "../ledger/held-open.server";
import { loadPacksOfShops } from "../ledger/packs-store.server";
import { summarize } from "../ledger/read.server";
import { shopContexts } from "../ledger/shop-context.server";
import { ledgerSql } from "../ledger/sql.server";
import { planTimeFor } from "../ledger/time.server";

/** An installed shop that may have a reminder due, with its reminder preferences. */
export interface ShopToRemind {
  shopId: string;
  remindBeforeExpiry: boolean;
  remindDuringWindow: boolean;
}

/**
 * Installed shops that want reminders and have an unsettled pack with unused, unheld minutes
 * that expires within 30 days or expired so recently that its window may be open. A superset:
 * `dueNotices` decides exactly, as the banner does.
 */
export function shopsToRemind(at: Date): Promise<ShopToRemind[]> {
  return prisma.$queryRaw<ShopToRemind[]>`
    SELECT s.id::text AS "shopId", s."remindBeforeExpiry", s."remindDuringWindow"
      FROM "Shop" s
     WHERE s."uninstalledAt" IS NULL AND s."redactedAt" IS NULL
       AND (s."remindBeforeExpiry" OR s."remindDuringWindow")
       AND EXISTS (
             SELECT 1 FROM "Pack" p
              WHERE p."shopId" = s.id
                AND p."expiresAt" <= ${at}::timestamptz + interval '30 days'
                AND p."expiresAt" > ${at}::timestamptz - make_interval(days => s."retentionWindowDays" + 2)
                AND p."ownRemaining" + p."carriedRemaining" > p."heldOwn" + p."heldCarried"
                AND NOT EXISTS (SELECT 1 FROM "Settlement" st
                                 WHERE st."shopId" = p."shopId" AND st."packId" = p.id))
     ORDER BY s.id`;
}

/**
 * The notices each shop's banner shows at `at` (before dismissals), restricted to what the shop
 * asked to be reminded of. Time is applied in memory, as on the merchant's pages: three queries
 * for the whole batch.
 */
export async function dueNotices(
  shops: readonly ShopToRemind[],
  at: Date,
): Promise<Map<string, ExpiryNoticeAt[]>> {
  const ids = shops.map((shop) => shop.shopId);
  const sql = ledgerSql();
  const contexts = await shopContexts(sql, ids);
  const packs = await loadPacksOfShops(sql, ids);
  const pending = await pendingPurchaseInstants(sql, ids, at);
  const wants = new Map(shops.map((shop) => [shop.shopId, shop]));
  const due = new Map<string, ExpiryNoticeAt[]>();
  for (const shop of contexts) {
    const projected = planTimeFor(shop, packs.get(shop.id) ?? [], at, pending.get(shop.id)).after;
    const preferences = wants.get(shop.id);
    const notices = noticesOf(summarize(shop, projected, at)).filter((notice) =>
      notice.threshold === "window" ? preferences?.remindDuringWindow : preferences?.remindBeforeExpiry,
    );
    if (notices.length > 0) due.set(shop.id, notices);
  }
  return due;
}
