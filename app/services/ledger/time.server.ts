import { earlyRenewalStartsAt, planTime, projectAt, windowEndsAt, type PackState } from "../../ledger";
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

const DAY = 24 * 60 * 60 * 1000;

/**
 * How long a pending purchase keeps the retention windows it was created in open. Shopify expires
 * an unapproved purchase after 2 days and reconciliation records that; this bounds the wait when
 * neither a webhook nor reconciliation ever reports back.
 */
export const PENDING_HOLDS_WINDOW_MS = 7 * DAY;

/** Creation instants of the shop's purchases still pending at `at` (see heldOpenPacks). */
export async function pendingPurchaseInstants(db: Tx, shopId: string, at: Date): Promise<Date[]> {
  const rows = await db.appPurchase.findMany({
    where: {
      shopId,
      status: "PENDING",
      purchasedAt: { gt: new Date(at.getTime() - PENDING_HOLDS_WINDOW_MS), lte: at },
    },
    select: { purchasedAt: true },
  });
  return rows.map((row) => row.purchasedAt);
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

/** The packs as they are at `at` (nothing written), leaving held-open packs undecided. */
export function projectHeldOpen(
  packs: readonly PackState[],
  at: Date,
  shop: ShopContext,
  pending: readonly Date[],
): PackState[] {
  const held = heldOpenPacks(packs, at, shop, pending);
  const projected = projectAt(
    packs.filter((pack) => !held.has(pack.id)),
    at,
    shop.timeZone,
    shop.policy,
  );
  const byId = new Map(projected.map((pack) => [pack.id, pack]));
  return packs.map((pack) => byId.get(pack.id) ?? pack);
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
  const pending = await pendingPurchaseInstants(tx, shop.id, at);
  const applied: TimeApplied = { entries: 0, outcomes: 0, carryOvers: 0, settlements: 0 };
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
