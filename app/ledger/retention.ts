import { compareConsumption, isPastExpiry } from "./allocation";
import { followOutcome } from "./outcome";
import { settlementFor } from "./settlement";
import type { PackState, Policy, TimePlan } from "./types";
import { earlyRenewalStartsAt, isCarryOverEligible, windowEndsAt } from "./validity";
import {
  openWorkspace,
  packOf,
  setCarriedInFrom,
  setOutcome,
  setSettlement,
  type Workspace,
} from "./workspace";

/**
 * What time has decided by `at`: expiries, carry-overs, retention outcomes and final settlements.
 * Idempotent: planning again on the state after applying the result plans nothing.
 */
export function planTime(packs: readonly PackState[], at: Date, timeZone: string, policy: Policy): TimePlan {
  const ws = openWorkspace(packs);
  // Expiry order, so the first-expiring pack claims a contested renewal.
  const order = [...packs].sort(compareConsumption).map((p) => p.id);
  for (const id of order) {
    const pack = packOf(ws, id);
    if (!isPastExpiry(pack, at)) continue;
    followOutcome(ws, id, at);
    if (pack.outcome === null) decideOutcome(ws, id, at, timeZone, policy);
  }
  for (const id of order) {
    const pack = packOf(ws, id);
    if (pack.settlement !== null) continue;
    const settlement = settlementFor(pack);
    if (settlement) setSettlement(ws, id, settlement);
  }
  return {
    entries: ws.entries,
    outcomes: ws.outcomes,
    carriedInFrom: ws.carriedInFrom,
    settlements: ws.settlements,
  };
}

/**
 * The renewal that would receive `pack`'s unused own minutes at `at`: the earliest-paid other pack
 * paid after it, inside [early-renewal start, window end), already paid by `at`, and not yet a
 * receiver. Undefined when none qualifies.
 */
export function qualifyingPurchase(
  pack: PackState,
  packs: readonly PackState[],
  at: Date,
  timeZone: string,
  policy: Policy,
): PackState | undefined {
  if (pack.expiresAt === null) return undefined;
  const from = earlyRenewalStartsAt(pack.expiresAt, timeZone, policy).getTime();
  const until = windowEndsAt(pack.expiresAt, timeZone, policy).getTime();
  const candidates = packs.filter((n) => {
    const paid = n.paidAt.getTime();
    return (
      n.id !== pack.id &&
      n.carriedInFromId === null &&
      paid > pack.paidAt.getTime() &&
      paid >= from &&
      paid < until &&
      paid <= at.getTime()
    );
  });
  return candidates.sort(
    (a, b) => a.paidAt.getTime() - b.paidAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )[0];
}

// A past-expiry pack without an outcome: carry to a renewal, expire, or wait for the window to close.
function decideOutcome(ws: Workspace, id: string, at: Date, timeZone: string, policy: Policy): void {
  const pack = packOf(ws, id);
  if (pack.expiresAt === null) return;
  // Nothing unused (held minutes count as unused: they may still be released) means nothing to carry.
  if (pack.ownRemaining === 0 || !isCarryOverEligible(pack.paidAt, timeZone)) {
    setOutcome(ws, id, "expired");
  } else {
    const renewal = qualifyingPurchase(pack, [...ws.packs.values()], at, timeZone, policy);
    if (renewal) {
      setOutcome(ws, id, "carried", renewal.id);
      setCarriedInFrom(ws, renewal.id, id);
    } else if (at.getTime() >= windowEndsAt(pack.expiresAt, timeZone, policy).getTime()) {
      setOutcome(ws, id, "expired");
    } else {
      return;
    }
  }
  followOutcome(ws, id, at);
}
