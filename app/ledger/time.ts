import { awaitedPurchases, awaitingPacks } from "./awaiting";
import { applyPlan } from "./project";
import { planTime } from "./retention";
import type { PackState, Policy, TimeChanges } from "./types";
import { windowEndsAt } from "./validity";

export interface TimeOptions {
  timeZone: string;
  policy: Policy;
  /** Creation instants of the shop's purchases Shopify has neither confirmed nor declined yet. */
  pendingPurchases?: readonly Date[];
}

/**
 * The instants before `at` at which time decides something for a pack whose retention outcome is
 * still open: its expiry and its window's end, in order.
 */
export function timeBoundaries(
  packs: readonly PackState[],
  at: Date,
  timeZone: string,
  policy: Policy,
): Date[] {
  const instants = new Set<number>();
  for (const pack of packs) {
    if (pack.expiresAt === null || pack.outcome !== null) continue;
    instants.add(pack.expiresAt.getTime());
    instants.add(windowEndsAt(pack.expiresAt, timeZone, policy).getTime());
  }
  return [...instants]
    .filter((t) => t < at.getTime())
    .sort((a, b) => a - b)
    .map((t) => new Date(t));
}

/**
 * Everything time has decided for one shop's packs by `at`: expiries, carry-overs, retention
 * outcomes and settlements, each dated at the instant its rule took effect (planned at every
 * boundary in order, then at `at`), however late this runs. A window awaiting a pending purchase
 * created inside it stays undecided. Idempotent: planning again on `packs` of the result plans
 * nothing.
 */
export function planTimeUntil(packs: readonly PackState[], at: Date, options: TimeOptions): TimeChanges {
  const { timeZone, policy } = options;
  const pending = awaitedPurchases(options.pendingPurchases ?? [], at);
  const changes: TimeChanges = {
    entries: [],
    outcomes: [],
    carriedInFrom: [],
    settlements: [],
    packs: [...packs],
  };
  for (const instant of [...timeBoundaries(packs, at, timeZone, policy), at]) {
    const awaiting = awaitingPacks(changes.packs, instant, timeZone, policy, pending);
    const open = awaiting.size === 0 ? changes.packs : changes.packs.filter((p) => !awaiting.has(p.id));
    const plan = planTime(open, instant, timeZone, policy);
    if (
      plan.entries.length + plan.outcomes.length + plan.carriedInFrom.length + plan.settlements.length ===
      0
    )
      continue;
    changes.packs = applyPlan(changes.packs, plan);
    changes.entries.push(...plan.entries.map((entry) => ({ ...entry, at: instant })));
    changes.outcomes.push(...plan.outcomes);
    changes.carriedInFrom.push(...plan.carriedInFrom);
    changes.settlements.push(...plan.settlements.map((s) => ({ ...s, at: instant })));
  }
  return changes;
}

/** The packs as they are at `at`, with everything time has decided applied (nothing persisted). */
export function projectAt(packs: readonly PackState[], at: Date, options: TimeOptions): PackState[] {
  return planTimeUntil(packs, at, options).packs;
}
