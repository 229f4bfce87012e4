import {
  applyPlan,
  type Balances,
  type EntryDraft,
  type LedgerPlanChanges,
  type PackState,
} from "../../ledger";
import { balancesOf } from "./packs-store.server";
import type { Tx } from "./transaction.server";

/** Thrown when a pack changed between planning and writing: the transaction is rolled back. */
export class LedgerConflictError extends Error {
  constructor(packId: string) {
    super(`Pack ${packId} changed while a ledger change was being written; nothing was saved.`);
  }
}

interface PersistOptions {
  shopId: string;
  at: Date;
  note?: string;
}

/**
 * Writes a plan made on `before`: appends its entries, sets each touched pack's balances by a
 * compare-and-set on the balances it was planned from, and records outcomes, carry-ins and
 * settlements once each. Returns the packs as they are afterwards.
 */
export async function persistPlan(
  tx: Tx,
  before: readonly PackState[],
  plan: LedgerPlanChanges,
  { shopId, at, note }: PersistOptions,
): Promise<PackState[]> {
  const after = applyPlan(before, plan);
  await appendEntries(tx, plan.entries, { shopId, at, note });
  const touched = new Set(plan.entries.map((entry) => entry.packId));
  const beforeById = new Map(before.map((pack) => [pack.id, pack]));
  for (const pack of after) {
    const old = beforeById.get(pack.id);
    if (!old || !touched.has(pack.id)) continue;
    await setBalances(tx, shopId, pack.id, balancesOf(old), balancesOf(pack));
  }
  for (const change of plan.carriedInFrom ?? []) {
    const count = await tx.pack.updateMany({
      where: { id: change.packId, shopId, carriedInFromId: null },
      data: { carriedInFromId: change.fromId },
    });
    if (count.count !== 1) throw new LedgerConflictError(change.packId);
  }
  for (const change of plan.outcomes ?? []) {
    const count = await tx.pack.updateMany({
      where: { id: change.packId, shopId, outcome: null },
      data: { outcome: change.outcome, carriedOutToId: change.carriedOutToId ?? null },
    });
    if (count.count !== 1) throw new LedgerConflictError(change.packId);
  }
  if (plan.settlements && plan.settlements.length > 0) {
    const developers = await tx.pack.findMany({
      where: { shopId, id: { in: plan.settlements.map((s) => s.packId) } },
      select: { id: true, developerId: true },
    });
    const developerOf = new Map(developers.map((row) => [row.id, row.developerId]));
    await tx.settlement.createMany({
      data: plan.settlements.map((s) => ({
        shopId,
        packId: s.packId,
        developerId: developerOf.get(s.packId) ?? null,
        basis: s.basis,
        minutes: s.minutes,
        settledAt: at,
      })),
    });
  }
  return after;
}

/** Appends entries to the ledger, in order. */
export async function appendEntries(
  tx: Tx,
  entries: readonly EntryDraft[],
  { shopId, at, note }: PersistOptions,
) {
  if (entries.length === 0) return;
  await tx.ledgerEntry.createMany({
    data: entries.map((entry) => ({
      shopId,
      packId: entry.packId,
      kind: entry.kind,
      own: entry.own,
      carried: entry.carried,
      quoteId: entry.quoteId ?? null,
      relatedPackId: entry.relatedPackId ?? null,
      at,
      note: note ?? null,
    })),
  });
}

/** Compare-and-set of one pack's balance columns (the CHECK constraint guards them too). */
async function setBalances(tx: Tx, shopId: string, packId: string, from: Balances, to: Balances) {
  const count = await tx.$executeRaw`
    UPDATE "Pack" SET
      "ownRemaining" = ${to.ownRemaining}, "carriedRemaining" = ${to.carriedRemaining},
      "heldOwn" = ${to.heldOwn}, "heldCarried" = ${to.heldCarried},
      "usedOwn" = ${to.usedOwn}, "usedCarried" = ${to.usedCarried},
      "carriedIn" = ${to.carriedIn}, "carriedOut" = ${to.carriedOut},
      "expired" = ${to.expired}, "adjusted" = ${to.adjusted}
    WHERE "id" = ${packId}::uuid AND "shopId" = ${shopId}::uuid
      AND "ownRemaining" = ${from.ownRemaining} AND "carriedRemaining" = ${from.carriedRemaining}
      AND "heldOwn" = ${from.heldOwn} AND "heldCarried" = ${from.heldCarried}
      AND "usedOwn" = ${from.usedOwn} AND "usedCarried" = ${from.usedCarried}
      AND "carriedIn" = ${from.carriedIn} AND "carriedOut" = ${from.carriedOut}
      AND "expired" = ${from.expired} AND "adjusted" = ${from.adjusted}`;
  if (count !== 1) throw new LedgerConflictError(packId);
}
