// The reminders' raw SQL (docs/decisions/083): candidates only; the ledger decides what is due.
import { reminderHorizon } from "../../ledger";
import { ledgerSql, type Sql } from "../../lib/sql.server";

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
export function shopsToRemind(at: Date, sql: Sql = ledgerSql()): Promise<ShopToRemind[]> {
  return sql.query<ShopToRemind>(
    `
    SELECT s.id::text AS "shopId", s."remindBeforeExpiry", s."remindDuringWindow"
      FROM "Shop" s
     WHERE s."uninstalledAt" IS NULL AND s."redactedAt" IS NULL
       AND (s."remindBeforeExpiry" OR s."remindDuringWindow")
       AND EXISTS (
             SELECT 1 FROM "Pack" p
              WHERE p."shopId" = s.id
                AND p."expiresAt" < $2::timestamptz
                AND (p."expiresAt" > $1::timestamptz OR p.outcome IS NULL)
                AND p."ownRemaining" + p."carriedRemaining" > p."heldOwn" + p."heldCarried"
                AND NOT EXISTS (SELECT 1 FROM "Settlement" st
                                 WHERE st."shopId" = p."shopId" AND st."packId" = p.id))
     ORDER BY s.id`,
    [at, reminderHorizon(at)],
  );
}
