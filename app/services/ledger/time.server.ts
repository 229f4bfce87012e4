import { planTimeUntil, type PackState } from "../../ledger";
import { loadPacksOfShops } from "./packs.sql.server";
import { writeChanges, type ShopChanges } from "./persist.sql.server";
import { shopContexts, type ShopContext } from "./shop-context.sql.server";
import { inLedgerTransaction, type Sql } from "../../lib/sql.server";
import { pendingPurchaseInstants } from "./time.sql.server";

/** How many transitions one application of time recorded. */
export interface TimeApplied {
  entries: number;
  outcomes: number;
  carryOvers: number;
  settlements: number;
}

const NOTHING: TimeApplied = { entries: 0, outcomes: 0, carryOvers: 0, settlements: 0 };

/** What time has decided for one shop's packs by `at` (the ledger's `planTimeUntil`), as changes to write. */
export function planTimeFor(
  shop: ShopContext,
  before: readonly PackState[],
  at: Date,
  pending: readonly Date[] = [],
): ShopChanges {
  const { packs, ...changes } = planTimeUntil(before, at, {
    timeZone: shop.timeZone,
    policy: shop.policy,
    pendingPurchases: pending,
  });
  return { shopId: shop.id, before, after: packs, ...changes };
}

/** A shop with what time has decided for it by some instant, planned in memory. */
export interface ShopAtTime {
  shop: ShopContext;
  changes: ShopChanges;
}

/**
 * The known shops among `shopIds` as they are at `at`: three queries for any number of shops,
 * nothing written. Read models project with this so that they never depend on a sweep.
 */
export async function shopsAt(sql: Sql, shopIds: readonly string[], at: Date): Promise<ShopAtTime[]> {
  const shops = await shopContexts(sql, shopIds);
  if (shops.length === 0) return [];
  const ids = shops.map((s) => s.id);
  const packs = await loadPacksOfShops(sql, ids);
  const pending = await pendingPurchaseInstants(sql, ids, at);
  return shops.map((shop) => ({
    shop,
    changes: planTimeFor(shop, packs.get(shop.id) ?? [], at, pending.get(shop.id)),
  }));
}

function counts(changes: readonly ShopChanges[]): TimeApplied {
  return changes.reduce(
    (sum, c) => ({
      entries: sum.entries + c.entries.length,
      outcomes: sum.outcomes + c.outcomes.length,
      carryOvers: sum.carryOvers + c.carriedInFrom.length,
      settlements: sum.settlements + c.settlements.length,
    }),
    NOTHING,
  );
}

/**
 * Records everything time has decided for a shop by `at` (expiries, carry-overs, settlements)
 * inside the caller's shop transaction, and returns the packs as they now are. Safe to repeat:
 * what was recorded once is never planned again.
 */
export async function applyTimeInTx(
  sql: Sql,
  shop: ShopContext,
  at: Date,
): Promise<{ packs: PackState[]; applied: TimeApplied }> {
  const before = (await loadPacksOfShops(sql, [shop.id])).get(shop.id) ?? [];
  const pending = (await pendingPurchaseInstants(sql, [shop.id], at)).get(shop.id);
  const changes = planTimeFor(shop, before, at, pending);
  await writeChanges(sql, [changes]);
  return { packs: [...changes.after], applied: counts([changes]) };
}

/**
 * Applies time to many shops in one transaction holding all their ledger locks: three queries to
 * read, a handful of set-based statements to write. Unknown shop ids are skipped.
 */
export async function applyTimeToShops(shopIds: readonly string[], at: Date): Promise<TimeApplied> {
  if (shopIds.length === 0) return NOTHING;
  return inLedgerTransaction(shopIds, async (sql) => {
    const changes = (await shopsAt(sql, shopIds, at)).map((s) => s.changes);
    await writeChanges(sql, changes);
    return counts(changes);
  });
}

/** Applies time to one shop in its own transaction; null for an unknown shop. */
export async function applyTime(shopId: string, at: Date): Promise<TimeApplied | null> {
  return inLedgerTransaction([shopId], async (sql) => {
    const [shop] = await shopContexts(sql, [shopId]);
    if (!shop) return null;
    return (await applyTimeInTx(sql, shop, at)).applied;
  });
}
