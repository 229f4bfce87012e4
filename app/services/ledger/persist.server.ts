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
import type { Sql } from "./sql.server";

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
  sql: Sql,
  before: readonly PackState[],
  plan: LedgerPlanChanges,
  { shopId, at, note }: { shopId: string; at: Date; note?: string },
): Promise<PackState[]> {
  const after = applyPlan(before, plan);
  await writeChanges(sql, [
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
export async function writeChanges(sql: Sql, changes: readonly ShopChanges[]): Promise<void> {
  const entries = changes.flatMap((c) => c.entries.map((e) => ({ ...e, shopId: c.shopId })));
  if (entries.length > 0) {
    // WITH ORDINALITY keeps the plan's order in the entry ids (statements fold entries in id order).
    await sql.execute(
      `INSERT INTO "LedgerEntry" ("shopId", "packId", kind, own, carried, "quoteId", "relatedPackId", at, note)
       SELECT shop_id, pack_id, kind, own, carried, quote_id, related_id, at, note
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[], $5::int[], $6::uuid[], $7::uuid[],
                     $8::timestamptz[], $9::text[])
              WITH ORDINALITY AS v(shop_id, pack_id, kind, own, carried, quote_id, related_id, at, note, n)
        ORDER BY n`,
      [
        entries.map((e) => e.shopId),
        entries.map((e) => e.packId),
        entries.map((e) => e.kind),
        entries.map((e) => e.own),
        entries.map((e) => e.carried),
        entries.map((e) => e.quoteId ?? null),
        entries.map((e) => e.relatedPackId ?? null),
        entries.map((e) => e.at.toISOString()),
        entries.map((e) => e.note ?? null),
      ],
    );
  }
  await setBalances(sql, changes);
  const outcomes = changes.flatMap((c) => c.outcomes);
  if (outcomes.length > 0) {
    const count = await sql.execute(
      `UPDATE "Pack" p SET "outcome" = v.outcome, "carriedOutToId" = v.to_id
         FROM unnest($1::uuid[], $2::text[], $3::uuid[]) AS v(id, outcome, to_id)
        WHERE p.id = v.id AND p."outcome" IS NULL`,
      [
        outcomes.map((o) => o.packId),
        outcomes.map((o) => o.outcome),
        outcomes.map((o) => o.carriedOutToId ?? null),
      ],
    );
    if (count !== outcomes.length) throw new LedgerConflictError("retention outcome already decided");
  }
  const carries = changes.flatMap((c) => c.carriedInFrom);
  if (carries.length > 0) {
    const count = await sql.execute(
      `UPDATE "Pack" p SET "carriedInFromId" = v.from_id
         FROM unnest($1::uuid[], $2::uuid[]) AS v(id, from_id)
        WHERE p.id = v.id AND p."carriedInFromId" IS NULL`,
      [carries.map((c) => c.packId), carries.map((c) => c.fromId)],
    );
    if (count !== carries.length) throw new LedgerConflictError("pack already received a carry-over");
  }
  const settlements = changes.flatMap((c) => c.settlements);
  if (settlements.length > 0) {
    // The settlement is credited to the developer who sold the pack.
    await sql.execute(
      `INSERT INTO "Settlement" ("id", "shopId", "packId", "developerId", "basis", "minutes", "settledAt")
       SELECT gen_random_uuid(), p."shopId", p.id, p."developerId", v.basis, v.minutes, v.at
         FROM unnest($1::uuid[], $2::text[], $3::int[], $4::timestamptz[]) AS v(id, basis, minutes, at)
         JOIN "Pack" p ON p.id = v.id`,
      [
        settlements.map((s) => s.packId),
        settlements.map((s) => s.basis),
        settlements.map((s) => s.minutes),
        settlements.map((s) => s.at.toISOString()),
      ],
    );
  }
}

const COLUMNS = BALANCE_FIELDS.map((field) => `"${field}"`);
// UPDATE ... FROM unnest(id, shopId, new balances..., old balances...): set the new values only
// where every old value still holds (a compare-and-set of each changed pack, in one statement).
const SET_BALANCES = `
  UPDATE "Pack" p SET ${COLUMNS.map((c, i) => `${c} = v.new${i}`).join(", ")}
    FROM unnest($1::uuid[], $2::uuid[], ${BALANCE_FIELDS.map((_, i) => `$${i + 3}::int[]`).join(", ")},
                ${BALANCE_FIELDS.map((_, i) => `$${i + 3 + BALANCE_FIELDS.length}::int[]`).join(", ")})
         AS v(id, shop_id, ${BALANCE_FIELDS.map((_, i) => `new${i}`).join(", ")}, ${BALANCE_FIELDS.map((_, i) => `old${i}`).join(", ")})
   WHERE p.id = v.id AND p."shopId" = v.shop_id AND ${COLUMNS.map((c, i) => `p.${c} = v.old${i}`).join(" AND ")}`;

async function setBalances(sql: Sql, changes: readonly ShopChanges[]): Promise<void> {
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
  const count = await sql.execute(SET_BALANCES, [
    rows.map((r) => r.id),
    rows.map((r) => r.shopId),
    ...BALANCE_FIELDS.map((field) => rows.map((r) => r.to[field])),
    ...BALANCE_FIELDS.map((field) => rows.map((r) => r.from[field])),
  ]);
  if (count !== rows.length) throw new LedgerConflictError(`${rows.length - count} pack(s) not as planned`);
}

/** Appends entries to the ledger (for packs being created in the same transaction). */
export async function appendEntries(sql: Sql, shopId: string, entries: readonly TimedEntry[]): Promise<void> {
  await writeChanges(sql, [
    { shopId, before: [], after: [], entries, outcomes: [], carriedInFrom: [], settlements: [] },
  ]);
}
