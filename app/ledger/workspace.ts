import { applyEntry } from "./balances";
import {
  CARRY_IN_ALREADY_SET,
  OUTCOME_ALREADY_SET,
  SETTLEMENT_ALREADY_SET,
  UNKNOWN_PACK,
  invariant,
} from "./messages";
import type {
  CarryInChange,
  EntryDraft,
  Outcome,
  OutcomeChange,
  PackState,
  Settlement,
  SettlementChange,
} from "./types";

/**
 * Scratch state of one planning call: packs as they would be after the changes planned so far,
 * and the changes themselves. Planners stay pure: inputs are copied, never mutated.
 */
export interface Workspace {
  packs: Map<string, PackState>;
  entries: EntryDraft[];
  outcomes: OutcomeChange[];
  carriedInFrom: CarryInChange[];
  settlements: SettlementChange[];
}

/** A workspace over copies of the given packs. */
export function openWorkspace(packs: readonly PackState[]): Workspace {
  return {
    packs: new Map(packs.map((p) => [p.id, p])),
    entries: [],
    outcomes: [],
    carriedInFrom: [],
    settlements: [],
  };
}

/** The current state of a pack in the workspace; throws for an unknown id. */
export function packOf(ws: Workspace, id: string): PackState {
  const pack = ws.packs.get(id);
  invariant(pack, UNKNOWN_PACK, { id });
  return pack;
}

/** Records an entry and applies it to its pack; entries moving no minutes are dropped. */
export function emit(ws: Workspace, entry: EntryDraft): void {
  if (entry.own === 0 && entry.carried === 0) return;
  const pack = packOf(ws, entry.packId);
  ws.packs.set(pack.id, { ...pack, ...applyEntry(pack, entry) });
  ws.entries.push(entry);
}

/** Decides a pack's retention outcome, once. */
export function setOutcome(ws: Workspace, packId: string, outcome: Outcome, carriedOutToId?: string): void {
  const pack = packOf(ws, packId);
  invariant(pack.outcome === null, OUTCOME_ALREADY_SET, { packId });
  ws.packs.set(packId, { ...pack, outcome, carriedOutToId: carriedOutToId ?? null });
  ws.outcomes.push(carriedOutToId === undefined ? { packId, outcome } : { packId, outcome, carriedOutToId });
}

/** Marks `packId` as having received its one carry-over, from `fromId`. */
export function setCarriedInFrom(ws: Workspace, packId: string, fromId: string): void {
  const pack = packOf(ws, packId);
  invariant(pack.carriedInFromId === null, CARRY_IN_ALREADY_SET, { packId, fromId });
  ws.packs.set(packId, { ...pack, carriedInFromId: fromId });
  ws.carriedInFrom.push({ packId, fromId });
}

/** Makes a pack's settlement final, once. */
export function setSettlement(ws: Workspace, packId: string, settlement: Settlement): void {
  const pack = packOf(ws, packId);
  invariant(pack.settlement === null, SETTLEMENT_ALREADY_SET, { packId });
  ws.packs.set(packId, { ...pack, settlement: { ...settlement } });
  ws.settlements.push({ packId, ...settlement });
}
