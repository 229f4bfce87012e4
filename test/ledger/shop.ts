// A tiny in-memory shop driven only by the pure planners, the way a service would drive them.
import { foldEntries, pickBalances } from "../../app/ledger/balances";
import { findTier } from "../../app/ledger/catalog";
import { applyPlan } from "../../app/ledger/project";
import { planPurchase } from "../../app/ledger/purchase";
import { planApprove, planComplete, planRelease } from "../../app/ledger/quotes";
import { planTimeUntil } from "../../app/ledger/time";
import {
  DEFAULT_POLICY,
  type EntryDraft,
  type EntryPlan,
  type HoldPart,
  type PackState,
  type Policy,
  type TierId,
  type TimeChanges,
} from "../../app/ledger/types";

export interface Shop {
  tz: string;
  policy: Policy;
  packs: PackState[];
  holds: Map<string, HoldPart[]>;
  log: EntryDraft[];
  /** Creation instants of purchases Shopify has neither confirmed nor declined yet. */
  pending: Date[];
  /** Run planTimeUntil before and after each operation, as a service would. */
  autoSweep: boolean;
}

export const at = (iso: string | Date) => (iso instanceof Date ? iso : new Date(iso));

export function newShop(tz = "UTC", policy: Policy = DEFAULT_POLICY, autoSweep = true): Shop {
  return { tz, policy, packs: [], holds: new Map(), log: [], pending: [], autoSweep };
}

export function pack(shop: Shop, id: string): PackState {
  const found = shop.packs.find((p) => p.id === id);
  if (!found) throw new Error(`no pack ${id}`);
  return found;
}

/** Applies everything time has decided by `when`, as the sweep does, and returns those changes. */
export function sweep(shop: Shop, when: string | Date): TimeChanges {
  const changes = planTimeUntil(shop.packs, at(when), {
    timeZone: shop.tz,
    policy: shop.policy,
    pendingPurchases: shop.pending,
  });
  shop.packs = changes.packs;
  shop.log.push(...changes.entries);
  return changes;
}

export function buy(shop: Shop, id: string, tier: TierId, when: string | Date): PackState {
  if (shop.autoSweep) sweep(shop, when);
  const t = findTier(tier);
  if (!t) throw new Error(tier);
  const { pack: p, entries } = planPurchase({ id, tier: t, paidAt: at(when), timeZone: shop.tz });
  shop.packs = [...shop.packs, p];
  shop.log.push(...entries);
  if (shop.autoSweep) sweep(shop, when);
  return p;
}

/** A purchase created at `createdAt` that Shopify has not confirmed yet. */
export function startPurchase(shop: Shop, createdAt: string | Date): void {
  shop.pending = [...shop.pending, at(createdAt)];
}

/** Shopify confirms the purchase created at `createdAt`: a pack paid as of its creation. */
export function confirmPurchase(shop: Shop, id: string, tier: TierId, createdAt: string | Date): PackState {
  shop.pending = shop.pending.filter((c) => c.getTime() !== at(createdAt).getTime());
  return buy(shop, id, tier, createdAt);
}

/** Shopify declines (or expires) the purchase created at `createdAt`. */
export function declinePurchase(shop: Shop, createdAt: string | Date): void {
  shop.pending = shop.pending.filter((c) => c.getTime() !== at(createdAt).getTime());
}

function commit(shop: Shop, plan: EntryPlan, when: string | Date): EntryPlan {
  if (plan.ok) {
    shop.packs = applyPlan(shop.packs, plan);
    shop.log.push(...plan.entries);
    if (shop.autoSweep) sweep(shop, when);
  }
  return plan;
}

export function approve(shop: Shop, quoteId: string, minutes: number, when: string | Date): EntryPlan {
  if (shop.autoSweep) sweep(shop, when);
  const plan = commit(shop, planApprove(shop.packs, quoteId, minutes, at(when)), when);
  if (plan.ok)
    shop.holds.set(
      quoteId,
      plan.entries.map((e) => ({ packId: e.packId, own: e.own, carried: e.carried })),
    );
  return plan;
}

export function complete(shop: Shop, quoteId: string, minutes: number, when: string | Date): EntryPlan {
  if (shop.autoSweep) sweep(shop, when);
  const parts = shop.holds.get(quoteId) ?? [];
  const plan = commit(
    shop,
    planComplete(shop.packs, parts, quoteId, minutes, at(when), shop.policy, shop.tz),
    when,
  );
  if (plan.ok) shop.holds.delete(quoteId);
  return plan;
}

export function cancel(shop: Shop, quoteId: string, when: string | Date): EntryPlan {
  if (shop.autoSweep) sweep(shop, when);
  const parts = shop.holds.get(quoteId) ?? [];
  const plan = commit(shop, planRelease(shop.packs, parts, quoteId, at(when), shop.policy, shop.tz), when);
  if (plan.ok) shop.holds.delete(quoteId);
  return plan;
}

/** Balances of each pack rebuilt from the shop's entry log must equal the pack states. */
export function expectLogMatchesPacks(shop: Shop): void {
  for (const p of shop.packs) {
    const rebuilt = foldEntries(shop.log.filter((e) => e.packId === p.id));
    const actual = pickBalances(p);
    if (JSON.stringify(rebuilt) !== JSON.stringify(actual)) {
      throw new Error(
        `log and state differ for ${p.id}: ${JSON.stringify(rebuilt)} vs ${JSON.stringify(actual)}`,
      );
    }
  }
}

/** Build a standalone pack state for unit tests. */
export function makePack(overrides: Partial<PackState> & { id: string }): PackState {
  const base: PackState = {
    id: overrides.id,
    tier: "10h",
    ownMinutes: 600,
    paidAt: at("2024-06-01T12:00:00Z"),
    expiresAt: at("2024-09-01T00:00:00Z"),
    carriedInFromId: null,
    outcome: null,
    carriedOutToId: null,
    settlement: null,
    ownRemaining: 600,
    carriedRemaining: 0,
    heldOwn: 0,
    heldCarried: 0,
    usedOwn: 0,
    usedCarried: 0,
    carriedIn: 0,
    carriedOut: 0,
    expired: 0,
    adjusted: 0,
  };
  return { ...base, ...overrides };
}
