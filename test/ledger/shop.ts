// A tiny in-memory shop driven only by the pure planners, the way a service would drive them.
import { foldEntries, pickBalances } from "../../app/ledger/balances";
import { findTier } from "../../app/ledger/catalog";
import { applyPlan } from "../../app/ledger/project";
import { planPurchase } from "../../app/ledger/purchase";
import { planApprove, planComplete, planRelease } from "../../app/ledger/quotes";
import { planTime } from "../../app/ledger/retention";
import {
  DEFAULT_POLICY,
  type EntryDraft,
  type EntryPlan,
  type HoldPart,
  type PackState,
  type Policy,
  type TierId,
  type TimePlan,
} from "../../app/ledger/types";

export interface Shop {
  tz: string;
  policy: Policy;
  packs: PackState[];
  holds: Map<string, HoldPart[]>;
  log: EntryDraft[];
  /** Run planTime before and after each operation, as a service would. */
  autoSweep: boolean;
}

export const at = (iso: string | Date) => (iso instanceof Date ? iso : new Date(iso));

export function newShop(tz = "UTC", policy: Policy = DEFAULT_POLICY, autoSweep = true): Shop {
  return { tz, policy, packs: [], holds: new Map(), log: [], autoSweep };
}

export function pack(shop: Shop, id: string): PackState {
  const found = shop.packs.find((p) => p.id === id);
  if (!found) throw new Error(`no pack ${id}`);
  return found;
}

export function sweep(shop: Shop, when: string | Date): TimePlan {
  const plan = planTime(shop.packs, at(when), shop.tz, shop.policy);
  shop.packs = applyPlan(shop.packs, plan);
  shop.log.push(...plan.entries);
  return plan;
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
