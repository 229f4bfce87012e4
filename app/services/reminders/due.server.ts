import { remindersAt } from "../../ledger";
import { noticeOf, type ExpiryNoticeAt } from "../banner.server";
import { ledgerSql } from "../../lib/sql.server";
import { shopsAt } from "../ledger/time.server";
import type { ShopToRemind } from "./due.sql.server";

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
