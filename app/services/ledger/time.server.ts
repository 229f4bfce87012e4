import { applyPlan, planTime, windowEndsAt, type PackState } from "../../ledger";
import { heldOpenPacks, pendingPurchaseInstants } from "./held-open.server";
import { loadPacksOfShops } from "./packs-store.server";
import { writeChanges, type ShopChanges } from "./persist.server";
import { shopContexts, type ShopContext } from "./shop-context.server";
import { inShopsTransaction, type Tx } from "./transaction.server";

/** How many transitions one application of time recorded. */
export interface TimeApplied {
  entries: number;
  outcomes: number;
  carryOvers: number;
  settlements: number;
}

const NOTHING: TimeApplied = { entries: 0, outcomes: 0, carryOvers: 0, settlements: 0 };

/**
 * The instants up to `at` at which time decides something for a pack whose retention outcome is
 * still open: its expiry and its window's end. Planning at each in order dates every entry at the
 * instant its rule took effect, however late the sweep runs.
 */
function boundaries(packs: readonly PackState[], at: Date, shop: ShopContext): Date[] {
  const instants = new Set<number>();
  for (const pack of packs) {
    if (pack.expiresAt === null || pack.outcome !== null) continue;
    instants.add(pack.expiresAt.getTime());
    instants.add(windowEndsAt(pack.expiresAt, shop.timeZone, shop.policy).getTime());
  }
  return [...instants]
    .filter((t) => t < at.getTime())
    .sort((a, b) => a - b)
    .map((t) => new Date(t));
}

/**
 * Everything time has decided for one shop's packs by `at`, planned in memory. Packs whose window
 * a still-pending purchase may yet claim (`pending`: creation instants) stay undecided.
 */
export function planTimeFor(
  shop: ShopContext,
  before: readonly PackState[],
  at: Date,
  pending: readonly Date[] = [],
): ShopChanges {
  const changes: ShopChanges & { entries: ShopChanges["entries"][number][] } = {
    shopId: shop.id,
    before,
    after: before,
    entries: [],
    outcomes: [],
    carriedInFrom: [],
    settlements: [],
  };
  let packs = [...before];
  for (const instant of [...boundaries(packs, at, shop), at]) {
    const held = heldOpenPacks(packs, instant, shop, pending);
    const open = held.size === 0 ? packs : packs.filter((pack) => !held.has(pack.id));
    const plan = planTime(open, instant, shop.timeZone, shop.policy);
    if (
      plan.entries.length + plan.outcomes.length + plan.carriedInFrom.length + plan.settlements.length ===
      0
    ) {
      continue;
    }
    packs = applyPlan(packs, plan);
    changes.entries.push(...plan.entries.map((entry) => ({ ...entry, at: instant })));
    (changes.outcomes as typeof plan.outcomes).push(...plan.outcomes);
    (changes.carriedInFrom as typeof plan.carriedInFrom).push(...plan.carriedInFrom);
    (changes.settlements as ShopChanges["settlements"][number][]).push(
      ...plan.settlements.map((s) => ({ ...s, at: instant })),
    );
  }
  return { ...changes, after: packs };
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
  tx: Tx,
  shop: ShopContext,
  at: Date,
): Promise<{ packs: PackState[]; applied: TimeApplied }> {
  const before = (await loadPacksOfShops(tx, [shop.id])).get(shop.id) ?? [];
  const pending = (await pendingPurchaseInstants(tx, [shop.id], at)).get(shop.id);
  const changes = planTimeFor(shop, before, at, pending);
  await writeChanges(tx, [changes]);
  return { packs: [...changes.after], applied: counts([changes]) };
}

/**
 * Applies time to many shops in one transaction holding all their ledger locks: three queries to
 * read, a handful of set-based statements to write. Unknown shop ids are skipped.
 */
export async function applyTimeToShops(shopIds: readonly string[], at: Date): Promise<TimeApplied> {
  if (shopIds.length === 0) return NOTHING;
  return inShopsTransaction(shopIds, async (tx) => {
    const shops = await shopContexts(tx, shopIds);
    const ids = shops.map((s) => s.id);
    const packs = await loadPacksOfShops(tx, ids);
    // As applyTimeInTx: a window a pending purchase may still claim stays open.
    const pending = await pendingPurchaseInstants(tx, ids, at);
    const changes = shops.map((shop) =>
      planTimeFor(shop, packs.get(shop.id) ?? [], at, pending.get(shop.id)),
    );
    await writeChanges(tx, changes);
    return counts(changes);
  });
}

/** Applies time to one shop in its own transaction; null for an unknown shop. */
export async function applyTime(shopId: string, at: Date): Promise<TimeApplied | null> {
  return inShopsTransaction([shopId], async (tx) => {
    const [shop] = await shopContexts(tx, [shopId]);
    if (!shop) return null;
    return (await applyTimeInTx(tx, shop, at)).applied;
  });
}
