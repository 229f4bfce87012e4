// Money arithmetic: integer cents only, rounding stated where it happens.

/**
 * What `minutes` of work pay at `rateCents` per hour, in whole cents, rounded half up. Integer
 * arithmetic only: minutes × rate stays far below 2^53 for any real invoice.
 */
export function amountForMinutes(minutes: number, rateCents: number): number {
  if (!Number.isSafeInteger(minutes) || minutes < 0 || !Number.isSafeInteger(rateCents) || rateCents < 0) {
    throw new Error("Minutes and rate must be whole non-negative numbers");
  }
  return Math.floor((minutes * rateCents + 30) / 60);
}
