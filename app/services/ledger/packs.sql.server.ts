import type { Pack, Settlement } from "@prisma/client";
import type { Balances, PackState, TierId } from "../../ledger";
import { type Sql } from "../../lib/sql.server";

type PackRow = Pack & { settlement: Pick<Settlement, "basis" | "minutes"> | null };

/** The ledger core's view of a pack row. */
export function toPackState(row: PackRow): PackState {
  return {
    id: row.id,
    tier: row.tier as TierId,
    ownMinutes: row.ownMinutes,
    paidAt: row.paidAt,
    expiresAt: row.expiresAt,
    carriedInFromId: row.carriedInFromId,
    outcome: row.outcome as PackState["outcome"],
    carriedOutToId: row.carriedOutToId,
    settlement: row.settlement
      ? { basis: row.settlement.basis as "delivered" | "whole_pack", minutes: row.settlement.minutes }
      : null,
    ...balancesOf(row),
  };
}

/** The balance columns of a pack row. */
export function balancesOf(row: Balances): Balances {
  return {
    ownRemaining: row.ownRemaining,
    carriedRemaining: row.carriedRemaining,
    heldOwn: row.heldOwn,
    heldCarried: row.heldCarried,
    usedOwn: row.usedOwn,
    usedCarried: row.usedCarried,
    carriedIn: row.carriedIn,
    carriedOut: row.carriedOut,
    expired: row.expired,
    adjusted: row.adjusted,
  };
}

/** Every pack of a shop, as the ledger core plans on them (O(packs), never a sum of entries). */
export async function loadPacks(sql: Sql, shopId: string): Promise<PackState[]> {
  return (await loadPacksOfShops(sql, [shopId])).get(shopId) ?? [];
}

/**
 * Every pack of each of the shops, by shop id. Raw SQL: this is the ledger's hottest read (every
 * approval, completion and sweep plans on it).
 */
export async function loadPacksOfShops(
  sql: Sql,
  shopIds: readonly string[],
): Promise<Map<string, PackState[]>> {
  const rows = await sql.query<Pack & { basis: string | null; settledMinutes: number | null }>(
    `SELECT p.*, s.basis, s.minutes AS "settledMinutes"
       FROM "Pack" p LEFT JOIN "Settlement" s ON s."shopId" = p."shopId" AND s."packId" = p.id
      WHERE p."shopId" = ANY($1::uuid[])
      ORDER BY p."paidAt", p.id`,
    [[...shopIds]],
  );
  const byShop = new Map<string, PackState[]>();
  for (const row of rows) {
    const settlement = row.basis === null ? null : { basis: row.basis, minutes: row.settledMinutes ?? 0 };
    const list = byShop.get(row.shopId) ?? [];
    list.push(toPackState({ ...row, settlement }));
    byShop.set(row.shopId, list);
  }
  return byShop;
}

/** The open hold parts of one quote, per pack: held minus released minutes. */
export async function loadHoldParts(sql: Sql, shopId: string, quoteId: string) {
  const rows = await sql.query<{ packId: string; own: number; carried: number }>(
    `SELECT "packId"::text AS "packId",
            SUM(CASE WHEN kind = 'hold' THEN own ELSE -own END)::int AS own,
            SUM(CASE WHEN kind = 'hold' THEN carried ELSE -carried END)::int AS carried
       FROM "LedgerEntry"
      WHERE "shopId" = $1::uuid AND "quoteId" = $2::uuid AND kind IN ('hold', 'release')
      GROUP BY "packId"`,
    [shopId, quoteId],
  );
  return rows.filter((part) => part.own > 0 || part.carried > 0);
}

/** The pack a Shopify purchase was credited as, if it was. */
export async function findPurchasedPack(
  sql: Sql,
  shopId: string,
  purchaseId: string,
): Promise<string | null> {
  const [row] = await sql.query<{ id: string }>(
    `SELECT id::text FROM "Pack" WHERE "shopId" = $1::uuid AND "shopifyPurchaseId" = $2`,
    [shopId, purchaseId],
  );
  return row?.id ?? null;
}

/** Inserts a pack row (column name to value); the CHECK constraints hold its balances to its entries. */
export async function insertPackRow(sql: Sql, row: Record<string, unknown>): Promise<void> {
  const columns = Object.keys(row);
  await sql.execute(
    `INSERT INTO "Pack" (${columns.map((c) => `"${c}"`).join(", ")})
     VALUES (${columns.map((_, i) => `$${i + 1}`).join(", ")})`,
    Object.values(row),
  );
}
