import type { PackState, Settlement } from "./types";

/**
 * The final settlement a pack has earned now, or null while it is not final.
 * Final needs no open holds and one of: exhausted (everything used), carried over, or expired
 * (window closed). Carried-in minutes never count: the source pack was paid for them.
 */
export function settlementFor(pack: PackState): Settlement | null {
  if (pack.heldOwn + pack.heldCarried > 0) return null;
  const delivered = Math.min(pack.usedOwn, pack.ownMinutes);
  if (pack.outcome === "carried") return { basis: "whole_pack", minutes: pack.ownMinutes };
  if (pack.outcome === "expired") return { basis: "delivered", minutes: delivered };
  if (isExhausted(pack)) return { basis: "delivered", minutes: delivered };
  return null;
}

/** Whether every minute of the pack was used: nothing remains, nothing expired or carried out. */
export function isExhausted(pack: PackState): boolean {
  return pack.ownRemaining + pack.carriedRemaining === 0 && pack.expired === 0 && pack.carriedOut === 0;
}
