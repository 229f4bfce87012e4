// Time's raw SQL (docs/decisions/083): which shops and purchases time has something to decide for.
import { awaitedSince } from "../../ledger";
import { ledgerSql, type Sql } from "../../lib/sql.server";

/**
 * Creation instants of each shop's pack purchases a retention window may still await at `at`, by
 * shop id (a custom quote's purchase is never a renewal, so no window awaits it).
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
    [[...shopIds], awaitedSince(at), at],
  );
  const byShop = new Map<string, Date[]>();
  for (const row of rows) byShop.set(row.shopId, [...(byShop.get(row.shopId) ?? []), row.purchasedAt]);
  return byShop;
}

/**
 * Shops with a pack time still has something to record for at `at`: past expiry and either
 * undecided or unsettled without open holds (an unsettled pack with open holds waits for them),
 * or used up and unsettled. One query over Pack, in shop order.
 */
export async function shopsNeedingTime(at: Date, sql: Sql = ledgerSql()): Promise<string[]> {
  const rows = await sql.query<{ shopId: string }>(
    `
    SELECT DISTINCT p."shopId"::text AS "shopId"
      FROM "Pack" p
      LEFT JOIN "Settlement" s ON s."shopId" = p."shopId" AND s."packId" = p.id
     WHERE (p."expiresAt" <= $1
            AND (p.outcome IS NULL OR (s.id IS NULL AND p."heldOwn" + p."heldCarried" = 0)))
        OR (s.id IS NULL AND p."ownRemaining" + p."carriedRemaining" = 0)
     ORDER BY 1`,
    [at],
  );
  return rows.map((row) => row.shopId);
}
