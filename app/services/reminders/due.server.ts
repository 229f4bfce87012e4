import prisma from "../../db.server";
import { reminderHorizon, remindersAt } from "../../ledger";
import { noticeOf, type ExpiryNoticeAt } from "../banner.server";
import { ledgerSql } from "../ledger/sql.server";
import { shopsAt } from "../ledger/time.server";

/** An installed shop that may have a reminder due, with its reminder preferences. */
export interface ShopToRemind {
  shopId: string;
  remindBeforeExpiry: boolean;
  remindDuringWindow: boolean;
}

/**
 * Installed shops that want reminders and have an unsettled pack with unused, unheld minutes
 * that expires before the reminders' horizon and is either not expired yet or still undecided
 * (its window may be open). A superset: `dueNotices` decides exactly, as the banner does.
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
                AND p."expiresAt" < ${reminderHorizon(at)}::timestamptz
                AND (p."expiresAt" > ${at}::timestamptz OR p.outcome IS NULL)
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
  const wants = new Map(shops.map((shop) => [shop.shopId, shop]));
  const due = new Map<string, ExpiryNoticeAt[]>();
  for (const { shop, changes } of await shopsAt(ledgerSql(), [...wants.keys()], at)) {
    const preferences = wants.get(shop.id);
    const reminders = remindersAt(changes.after, at, shop.timeZone, shop.policy).filter((reminder) =>
      reminder.threshold === "window" ? preferences?.remindDuringWindow : preferences?.remindBeforeExpiry,
    );
    if (reminders.length > 0) due.set(shop.id, reminders.map(noticeOf));
  }
  return due;
}
