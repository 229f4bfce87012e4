import {
  applyPlan,
  type Balances,
  type CarryInChange,
  type EntryDraft,
  type LedgerPlanChanges,
  type OutcomeChange,
  type PackState,
  type SettlementChange,
} from "../../ledger";
import { balancesOf } from "./packs-store.server";
import type { Tx } from "./transaction.server";

/** Thrown when a pack changed between planning and writing: the transaction is rolled back. */
export class LedgerConflictError extends Error {
  constructor(detail: string) {
    super(`A pack changed while a ledger change was being written (${detail}); nothing was saved.`);
  }
}

/** An entry with the instant it takes effect and an optional note (an adjustment's reason). */
export type TimedEntry = EntryDraft & { at: Date; note?: string | null };

/** Everything one shop's change writes: entries, the packs before and after, one-time flags. */
export interface ShopChanges {
  shopId: string;
  before: readonly PackState[];
  after: readonly PackState[];
  entries: readonly TimedEntry[];
  outcomes: readonly OutcomeChange[];
  carriedInFrom: readonly CarryInChange[];
  settlements: readonly (SettlementChange & { at: Date })[];
}

const BALANCE_FIELDS = [
  "ownRemaining",
  "carriedRemaining",
  "heldOwn",
  "heldCarried",
  "usedOwn",
  "usedCarried",
  "carriedIn",
  "carriedOut",
  "expired",
  "adjusted",
] as const satisfies readonly (keyof Balances)[];

/**
 * Writes a plan made on `before` for one shop at one instant, and returns the packs after it.
 * Throws (rolling the transaction back) if the packs are not as they were planned on.
 */
export async function persistPlan(
  tx: Tx,
  before: readonly PackState[],
  plan: LedgerPlanChanges,
  { shopId, at, note }: { shopId: string; at: Date; note?: string },
): Promise<PackState[]> {
  const after = applyPlan(before, plan);
  await writeChanges(tx, [
    {
      shopId,
      before,
      after,
      entries: plan.entries.map((entry) => ({ ...entry, at, note })),
      outcomes: plan.outcomes ?? [],
      carriedInFrom: plan.carriedInFrom ?? [],
      settlements: (plan.settlements ?? []).map((s) => ({ ...s, at })),
    },
  ]);
  return after;
}

/**
 * Writes the changes of one or many shops with a handful of set-based statements: entries
 * appended; each changed pack's balances set by a compare-and-set on the balances it was planned
 * from; outcomes and carry-ins recorded only where still unset; settlements inserted once.
 */
export async function writeChanges(tx: Tx, changes: readonly ShopChanges[]): Promise<void> {
  const entries = changes.flatMap((c) => c.entries.map((e) => ({ ...e, shopId: c.shopId })));
  if (entries.length > 0) {
    // WITH ORDINALITY keeps the plan's order in the entry ids (statements fold entries in id order).
    await tx.$executeRaw`
      INSERT INTO "LedgerEntry" ("shopId", "packId", kind, own, carried, "quoteId", "relatedPackId", at, note)
      SELECT shop_id, pack_id, kind, own, carried, quote_id, related_id, at, note
        FROM unnest(${entries.map((e) => e.shopId)}::uuid[], ${entries.map((e) => e.packId)}::uuid[],
                    ${entries.map((e) => e.kind)}::text[], ${entries.map((e) => e.own)}::int[],
                    ${entries.map((e) => e.carried)}::int[], ${entries.map((e) => e.quoteId ?? null)}::uuid[],
                    ${entries.map((e) => e.relatedPackId ?? null)}::uuid[],
                    ${entries.map((e) => e.at.toISOString())}::timestamptz[], ${entries.map((e) => e.note ?? null)}::text[])
             WITH ORDINALITY AS v(shop_id, pack_id, kind, own, carried, quote_id, related_id, at, note, n)
       ORDER BY n`;
  }
  await setBalances(tx, changes);
  const outcomes = changes.flatMap((c) => c.outcomes);
  if (outcomes.length > 0) {
    const count = await tx.$executeRaw`
      UPDATE "Pack" p SET "outcome" = v.outcome, "carriedOutToId" = v.to_id
        FROM unnest(${outcomes.map((o) => o.packId)}::uuid[], ${outcomes.map((o) => o.outcome)}::text[],
                    ${outcomes.map((o) => o.carriedOutToId ?? null)}::uuid[]) AS v(id, outcome, to_id)
       WHERE p.id = v.id AND p."outcome" IS NULL`;
    if (count !== outcomes.length) throw new LedgerConflictError("retention outcome already decided");
  }
  const carries = changes.flatMap((c) => c.carriedInFrom);
  if (carries.length > 0) {
    const count = await tx.$executeRaw`
      UPDATE "Pack" p SET "carriedInFromId" = v.from_id
        FROM unnest(${carries.map((c) => c.packId)}::uuid[], ${carries.map((c) => c.fromId)}::uuid[]) AS v(id, from_id)
       WHERE p.id = v.id AND p."carriedInFromId" IS NULL`;
    if (count !== carries.length) throw new LedgerConflictError("pack already received a carry-over");
  }
  const settlements = changes.flatMap((c) => c.settlements);
  if (settlements.length > 0) {
    // The settlement is credited to the developer who sold the pack.
    await tx.$executeRaw`
      INSERT INTO "Settlement" ("id", "shopId", "packId", "developerId", "basis", "minutes", "settledAt")
      SELECT gen_random_uuid(), p."shopId", p.id, p."developerId", v.basis, v.minutes, v.at
        FROM unnest(${settlements.map((s) => s.packId)}::uuid[], ${settlements.map((s) => s.basis)}::text[],
                    ${settlements.map((s) => s.minutes)}::int[], ${settlements.map((s) => s.at.toISOString())}::timestamptz[])
             AS v(id, basis, minutes, at)
        JOIN "Pack" p ON p.id = v.id`;
  }
}

// Compare-and-set of every changed pack's balance columns in one statement.
async function setBalances(tx: Tx, changes: readonly ShopChanges[]): Promise<void> {
  const rows: { id: string; shopId: string; from: Balances; to: Balances }[] = [];
  for (const change of changes) {
    const beforeById = new Map(change.before.map((pack) => [pack.id, pack]));
    for (const pack of change.after) {
      const old = beforeById.get(pack.id);
      if (!old || BALANCE_FIELDS.every((f) => old[f] === pack[f])) continue;
      rows.push({ id: pack.id, shopId: change.shopId, from: balancesOf(old), to: balancesOf(pack) });
    }
  }
  if (rows.length === 0) return;
  const col = (side: "from" | "to", field: (typeof BALANCE_FIELDS)[number]) =>
    rows.map((r) => r[side][field]);
  const count = await tx.$executeRaw`
    UPDATE "Pack" p SET
      "ownRemaining" = v.own_remaining, "carriedRemaining" = v.carried_remaining,
      "heldOwn" = v.held_own, "heldCarried" = v.held_carried, "usedOwn" = v.used_own,
      "usedCarried" = v.used_carried, "carriedIn" = v.carried_in, "carriedOut" = v.carried_out,
      "expired" = v.expired, "adjusted" = v.adjusted
    FROM unnest(
      ${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.shopId)}::uuid[],
      ${col("to", "ownRemaining")}::int[], ${col("to", "carriedRemaining")}::int[], ${col("to", "heldOwn")}::int[],
      ${col("to", "heldCarried")}::int[], ${col("to", "usedOwn")}::int[], ${col("to", "usedCarried")}::int[],
      ${col("to", "carriedIn")}::int[], ${col("to", "carriedOut")}::int[], ${col("to", "expired")}::int[],
      ${col("to", "adjusted")}::int[],
      ${col("from", "ownRemaining")}::int[], ${col("from", "carriedRemaining")}::int[], ${col("from", "heldOwn")}::int[],
      ${col("from", "heldCarried")}::int[], ${col("from", "usedOwn")}::int[], ${col("from", "usedCarried")}::int[],
      ${col("from", "carriedIn")}::int[], ${col("from", "carriedOut")}::int[], ${col("from", "expired")}::int[],
      ${col("from", "adjusted")}::int[]
    ) AS v(id, shop_id, own_remaining, carried_remaining, held_own, held_carried, used_own, used_carried,
           carried_in, carried_out, expired, adjusted,
           was_own_remaining, was_carried_remaining, was_held_own, was_held_carried, was_used_own,
           was_used_carried, was_carried_in, was_carried_out, was_expired, was_adjusted)
    WHERE p.id = v.id AND p."shopId" = v.shop_id
      AND p."ownRemaining" = v.was_own_remaining AND p."carriedRemaining" = v.was_carried_remaining
      AND p."heldOwn" = v.was_held_own AND p."heldCarried" = v.was_held_carried
      AND p."usedOwn" = v.was_used_own AND p."usedCarried" = v.was_used_carried
      AND p."carriedIn" = v.was_carried_in AND p."carriedOut" = v.was_carried_out
      AND p."expired" = v.was_expired AND p."adjusted" = v.was_adjusted`;
  if (count !== rows.length) throw new LedgerConflictError(`${rows.length - count} pack(s) not as planned`);
}

/** Appends entries to the ledger (for packs being created in the same transaction). */
export async function appendEntries(tx: Tx, shopId: string, entries: readonly TimedEntry[]): Promise<void> {
  await writeChanges(tx, [
    { shopId, before: [], after: [], entries, outcomes: [], carriedInFrom: [], settlements: [] },
  ]);
}
