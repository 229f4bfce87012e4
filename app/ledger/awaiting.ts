import type { PackState, Policy } from "./types";
import { earlyRenewalStartsAt, windowEndsAt } from "./validity";

const DAY = 24 * 60 * 60 * 1000;

/**
 * How long a retention window awaits a pending purchase created inside it. Shopify expires an
 * unapproved purchase after 2 days and reconciliation records that; this bounds the wait when
 * neither a webhook nor reconciliation ever reports back.
 */
export const PENDING_PURCHASE_AWAIT_MS = 7 * DAY;

/**
 * The pending purchases a window can still await at `at`: created at or before `at` and less than
 * `PENDING_PURCHASE_AWAIT_MS` before it. Older ones are treated as declined (the window closes as
 * of its end).
 */
export function awaitedPurchases(pendingPurchases: readonly Date[], at: Date): Date[] {
  const since = awaitedSince(at).getTime();
  return pendingPurchases.filter((c) => c.getTime() > since && c.getTime() <= at.getTime());
}

/** Purchases created at or before this instant are no longer awaited at `at` (a bound for queries). */
export function awaitedSince(at: Date): Date {
  return new Date(at.getTime() - PENDING_PURCHASE_AWAIT_MS);
}

/**
 * Packs whose retention window has closed by `instant` without an outcome while it awaits a
 * purchase created inside it that is still pending. Time leaves them undecided, so that the
 * purchase, confirmed late, still receives their minutes as it would have on time.
 */
export function awaitingPacks(
  packs: readonly PackState[],
  instant: Date,
  timeZone: string,
  policy: Policy,
  pendingPurchases: readonly Date[],
): Set<string> {
  const awaiting = new Set<string>();
  if (pendingPurchases.length === 0) return awaiting;
  for (const pack of packs) {
    if (pack.expiresAt === null || pack.outcome !== null) continue;
    const from = earlyRenewalStartsAt(pack.expiresAt, timeZone, policy).getTime();
    const until = windowEndsAt(pack.expiresAt, timeZone, policy).getTime();
    if (instant.getTime() < until) continue;
    const inWindow = (c: Date) =>
      c.getTime() > pack.paidAt.getTime() && c.getTime() >= from && c.getTime() < until;
    if (pendingPurchases.some(inWindow)) awaiting.add(pack.id);
  }
  return awaiting;
}
