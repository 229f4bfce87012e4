import { planTime, windowEndsAt, type PackState } from "../../ledger";
import { loadPacks } from "./packs-store.server";
import { persistPlan } from "./persist.server";
import { shopContext, type ShopContext } from "./shop-context.server";
import { inShopTransaction, type Tx } from "./transaction.server";

/** How many transitions one application of time recorded. */
export interface TimeApplied {
  entries: number;
  outcomes: number;
  carryOvers: number;
  settlements: number;
}

/**
 * The instants up to `at` at which time changes something for packs not yet final: each expiry
 * and each retention window's end. Applying time at each in order dates every entry at the
 * instant its rule took effect, whenever the sweep happens to run.
 */
function boundaries(packs: readonly PackState[], at: Date, shop: ShopContext): Date[] {
  const instants = new Set<number>();
  for (const pack of packs) {
    if (pack.expiresAt === null || (pack.settlement !== null && pack.outcome !== null)) continue;
    instants.add(pack.expiresAt.getTime());
    instants.add(windowEndsAt(pack.expiresAt, shop.timeZone, shop.policy).getTime());
  }
  return [...instants]
    .filter((t) => t < at.getTime())
    .sort((a, b) => a - b)
    .map((t) => new Date(t));
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
  let packs = await loadPacks(tx, shop.id);
  const applied: TimeApplied = { entries: 0, outcomes: 0, carryOvers: 0, settlements: 0 };
  for (const instant of [...boundaries(packs, at, shop), at]) {
    const plan = planTime(packs, instant, shop.timeZone, shop.policy);
    if (
      plan.entries.length + plan.outcomes.length + plan.carriedInFrom.length + plan.settlements.length ===
      0
    ) {
      continue;
    }
    packs = await persistPlan(tx, packs, plan, { shopId: shop.id, at: instant });
    applied.entries += plan.entries.length;
    applied.outcomes += plan.outcomes.length;
    applied.carryOvers += plan.carriedInFrom.length;
    applied.settlements += plan.settlements.length;
  }
  return { packs, applied };
}

/** Applies time to one shop in its own transaction (see applyTimeInTx); null for an unknown shop. */
export async function applyTime(shopId: string, at: Date): Promise<TimeApplied | null> {
  return inShopTransaction(shopId, async (tx) => {
    const shop = await shopContext(tx, shopId);
    if (!shop) return null;
    return (await applyTimeInTx(tx, shop, at)).applied;
  });
}
