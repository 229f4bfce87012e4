import { isPastExpiry } from "./allocation";
import type { LedgerPlanChanges, PackState, SettlementBasis } from "./types";
import { minutesToHours } from "./units";
import { expiresOn, type LocalDate } from "./validity";
import { emit, openWorkspace, setCarriedInFrom, setOutcome, setSettlement } from "./workspace";

/** Pack states after a plan's entries (in order) and flag changes; throws on anything inconsistent. */
export function applyPlan(packs: readonly PackState[], plan: LedgerPlanChanges): PackState[] {
  const ws = openWorkspace(packs);
  for (const entry of plan.entries) emit(ws, entry);
  for (const c of plan.carriedInFrom ?? []) setCarriedInFrom(ws, c.packId, c.fromId);
  for (const o of plan.outcomes ?? []) setOutcome(ws, o.packId, o.outcome, o.carriedOutToId);
  for (const s of plan.settlements ?? []) setSettlement(ws, s.packId, { basis: s.basis, minutes: s.minutes });
  return packs.map((p) => ws.packs.get(p.id) ?? p);
}

export type PackStatus = "active" | "expired" | "settled";

/** "settled" once final, "expired" past expiry until then, otherwise "active". */
export function packStatus(pack: PackState, at: Date): PackStatus {
  if (pack.settlement !== null) return "settled";
  return isPastExpiry(pack, at) ? "expired" : "active";
}

export interface PackView {
  id: string;
  tier: PackState["tier"];
  expiresOn: LocalDate | null;
  purchasedHours: number;
  carriedInHours: number;
  carriedInFrom: string | null;
  usedHours: number;
  heldHours: number;
  remainingHours: number;
  expiredHours: number;
  carriedOutHours: number;
  carriedOutTo: string | null;
  status: PackStatus;
  settlement: { basis: SettlementBasis; hours: number } | null;
}

/** A pack in hours, as the simulator and read models show it (project it to `at` first). */
export function packView(pack: PackState, at: Date, timeZone: string): PackView {
  return {
    id: pack.id,
    tier: pack.tier,
    expiresOn: pack.expiresAt === null ? null : expiresOn(pack.expiresAt, timeZone),
    purchasedHours: minutesToHours(pack.ownMinutes),
    carriedInHours: minutesToHours(pack.carriedIn),
    carriedInFrom: pack.carriedInFromId,
    usedHours: minutesToHours(pack.usedOwn + pack.usedCarried),
    heldHours: minutesToHours(pack.heldOwn + pack.heldCarried),
    remainingHours: minutesToHours(pack.ownRemaining + pack.carriedRemaining),
    expiredHours: minutesToHours(pack.expired),
    carriedOutHours: minutesToHours(pack.carriedOut),
    carriedOutTo: pack.carriedOutToId,
    status: packStatus(pack, at),
    settlement:
      pack.settlement === null
        ? null
        : { basis: pack.settlement.basis, hours: minutesToHours(pack.settlement.minutes) },
  };
}
