import { allocate, compareConsumption, insufficient, totalAvailable } from "./allocation";
import { buyToCover } from "./catalog";
import { HOLD_NOT_FOUND, invariant } from "./messages";
import { followOutcome } from "./outcome";
import type { EntryDraft, EntryPlan, Failure, HoldPart, PackState, Policy } from "./types";
import { emit, openWorkspace, packOf, type Workspace } from "./workspace";
import { hours } from "../lib/format";

/** Entries that hold a quote's estimate on the available minutes, or `insufficient_hours` / `invalid_hours`. */
export function planApprove(
  packs: readonly PackState[],
  quoteId: string,
  estimateMinutes: number,
  at: Date,
): EntryPlan {
  if (!isPositiveMinutes(estimateMinutes)) {
    return invalidHours(
      `The estimate must be a whole number of minutes above 0 (got ${estimateMinutes}). Enter hours like 1.25 h.`,
    );
  }
  const allocation = allocate(packs, estimateMinutes, at);
  if (!allocation.ok) return allocation;
  const entries: EntryDraft[] = allocation.parts.map((p) => ({
    packId: p.packId,
    kind: "hold",
    own: p.own,
    carried: p.carried,
    quoteId,
  }));
  return { ok: true, entries };
}

/**
 * Entries that release a quote's holds (decline or cancel). Minutes released on a pack past its
 * expiry follow the pack's outcome: carried-in ones expire; own ones carry to its receiver,
 * expire, or stay while the retention window is still undecided.
 */
export function planRelease(
  packs: readonly PackState[],
  holdParts: readonly HoldPart[],
  quoteId: string,
  at: Date,
  _policy: Policy,
  _timeZone: string,
): EntryPlan {
  const ws = openWorkspace(packs);
  const parts = releaseHolds(ws, holdParts, quoteId);
  for (const part of parts) followOutcome(ws, part.packId, at, quoteId);
  return { ok: true, entries: ws.entries };
}

/**
 * Entries that complete a quote with the actual minutes: usage from its held minutes first (in
 * consumption order, own before carried), then any extra from available minutes; every hold is
 * released and leftovers on expired packs follow the pack's outcome. Fails with nothing planned
 * when the extra is not available. Actual 0 is refused: a quote with no work is cancelled instead.
 */
export function planComplete(
  packs: readonly PackState[],
  holdParts: readonly HoldPart[],
  quoteId: string,
  actualMinutes: number,
  at: Date,
  _policy: Policy,
  _timeZone: string,
): EntryPlan {
  if (!isPositiveMinutes(actualMinutes)) {
    return invalidHours(
      `Actual time must be a whole number of minutes above 0 (got ${actualMinutes}). Enter hours like 1.25 h, or cancel the quote if no work was done.`,
    );
  }
  const ws = openWorkspace(packs);
  const parts = releaseHolds(ws, holdParts, quoteId);
  const usage = new Map<string, { own: number; carried: number }>();
  let left = actualMinutes;
  const ordered = [...parts].sort((a, b) => compareConsumption(packOf(ws, a.packId), packOf(ws, b.packId)));
  for (const part of ordered) {
    const own = Math.min(left, part.own);
    const carried = Math.min(left - own, part.carried);
    left -= own + carried;
    addUsage(usage, part.packId, own, carried);
  }
  const held = actualMinutes - left;
  if (left > 0) {
    const afterHeld = applyUsage(ws, usage);
    const extra = allocate(afterHeld, left, at);
    if (!extra.ok) {
      const available = totalAvailable(afterHeld, at);
      const missing = left - available;
      return insufficient(
        missing,
        available,
        `Needs ${hours(left)} more than the ${hours(held)} held, ${hours(available)} available: ${hours(missing)} (${missing} min) short. ${buyToCover(missing)}, then complete the quote.`,
      );
    }
    for (const part of extra.parts) addUsage(usage, part.packId, part.own, part.carried);
  }
  for (const [packId, u] of usage)
    emit(ws, { packId, kind: "usage", own: u.own, carried: u.carried, quoteId });
  for (const part of parts) followOutcome(ws, part.packId, at, quoteId);
  return { ok: true, entries: ws.entries };
}

function releaseHolds(ws: Workspace, holdParts: readonly HoldPart[], quoteId: string): HoldPart[] {
  const parts = mergeParts(holdParts);
  for (const part of parts) {
    const pack = packOf(ws, part.packId);
    invariant(
      isWhole(part.own) &&
        isWhole(part.carried) &&
        part.own <= pack.heldOwn &&
        part.carried <= pack.heldCarried,
      HOLD_NOT_FOUND,
      { part, quoteId },
    );
    emit(ws, { packId: part.packId, kind: "release", own: part.own, carried: part.carried, quoteId });
  }
  return parts;
}

function mergeParts(holdParts: readonly HoldPart[]): HoldPart[] {
  const merged = new Map<string, HoldPart>();
  for (const p of holdParts) {
    const prev = merged.get(p.packId);
    merged.set(
      p.packId,
      prev ? { packId: p.packId, own: prev.own + p.own, carried: prev.carried + p.carried } : { ...p },
    );
  }
  return [...merged.values()];
}

function addUsage(
  usage: Map<string, { own: number; carried: number }>,
  packId: string,
  own: number,
  carried: number,
): void {
  if (own + carried === 0) return;
  const prev = usage.get(packId) ?? { own: 0, carried: 0 };
  usage.set(packId, { own: prev.own + own, carried: prev.carried + carried });
}

// Pack states as if the held usage were already applied, so the extra is drawn from what is left.
function applyUsage(ws: Workspace, usage: Map<string, { own: number; carried: number }>): PackState[] {
  const scratch = openWorkspace([...ws.packs.values()]);
  for (const [packId, u] of usage) emit(scratch, { packId, kind: "usage", own: u.own, carried: u.carried });
  return [...scratch.packs.values()];
}

function isWhole(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

function isPositiveMinutes(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 1;
}

function invalidHours(message: string): Failure<"invalid_hours"> {
  return { ok: false, code: "invalid_hours", message };
}
