import { buyToCover } from "./catalog";
import { INVALID_MINUTES, invariant } from "./messages";
import type { HoldPart, InsufficientHours, PackState } from "./types";
import { hours } from "../lib/format";

type Ordered = Pick<PackState, "id" | "paidAt" | "expiresAt">;

/** Packs in the order they are drawn on: earliest expiry first, never-expiring last, ties by paid time then id. */
export function consumptionOrder<P extends Ordered>(packs: readonly P[]): P[] {
  return [...packs].sort(compareConsumption);
}

/** Sort comparator behind `consumptionOrder`. */
export function compareConsumption(a: Ordered, b: Ordered): number {
  const ea = a.expiresAt === null ? Number.POSITIVE_INFINITY : a.expiresAt.getTime();
  const eb = b.expiresAt === null ? Number.POSITIVE_INFINITY : b.expiresAt.getTime();
  if (ea !== eb) return ea < eb ? -1 : 1;
  const pa = a.paidAt.getTime();
  const pb = b.paidAt.getTime();
  if (pa !== pb) return pa < pb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Whether `at` is at or past the pack's expiry. */
export function isPastExpiry(pack: Pick<PackState, "expiresAt">, at: Date): boolean {
  return pack.expiresAt !== null && at.getTime() >= pack.expiresAt.getTime();
}

/** Minutes a new hold or usage may draw from the pack at `at` (unheld remaining; 0 once expired). */
export function availableMinutes(pack: PackState, at: Date): number {
  if (isPastExpiry(pack, at)) return 0;
  return pack.ownRemaining - pack.heldOwn + (pack.carriedRemaining - pack.heldCarried);
}

/** Total available minutes over all packs at `at`. */
export function totalAvailable(packs: readonly PackState[], at: Date): number {
  return packs.reduce((sum, p) => sum + availableMinutes(p, at), 0);
}

/** Splits `minutes` over the available minutes of the packs in consumption order, own before carried within a pack. */
export function allocate(
  packs: readonly PackState[],
  minutes: number,
  at: Date,
): { ok: true; parts: HoldPart[] } | InsufficientHours {
  invariant(Number.isSafeInteger(minutes) && minutes >= 0, INVALID_MINUTES, { minutes });
  const available = totalAvailable(packs, at);
  if (available < minutes) {
    return insufficient(
      minutes - available,
      available,
      `Needs ${hours(minutes)}, ${hours(available)} available. ${buyToCover(minutes - available)} or lower the estimate.`,
    );
  }
  const parts: HoldPart[] = [];
  let left = minutes;
  for (const pack of consumptionOrder(packs)) {
    if (left === 0) break;
    if (availableMinutes(pack, at) === 0) continue;
    const own = Math.min(left, pack.ownRemaining - pack.heldOwn);
    const carried = Math.min(left - own, pack.carriedRemaining - pack.heldCarried);
    if (own + carried === 0) continue;
    parts.push({ packId: pack.id, own, carried });
    left -= own + carried;
  }
  return { ok: true, parts };
}

/** An `insufficient_hours` failure value. */
export function insufficient(
  missingMinutes: number,
  availableMinutes: number,
  message: string,
): InsufficientHours {
  return { ok: false, code: "insufficient_hours", missingMinutes, availableMinutes, message };
}
