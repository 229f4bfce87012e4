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
import { balancesOf } from "./packs.sql.server";
import type { Sql } from "../../lib/sql.server";
import { queueSettlementEmails } from "../email/triggers.server";

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
  await setPacks(sql, changes);
  const settlements = changes.flatMap((c) => c.settlements);
  if (settlements.length > 0) {
    // The settlement is credited to the developer who sold the pack, who is emailed to invoice it.
    // It takes the pack's id, so that a settlement shown before any sweep recorded it is known by
    // the id it will have.
    const inserted = await sql.query<{ id: string; shopId: string; developerId: string | null }>(
      `INSERT INTO "Settlement" ("id", "shopId", "packId", "developerId", "basis", "minutes", "settledAt")
       SELECT p.id, p."shopId", p.id, p."developerId", v.basis, v.minutes, v.at
         FROM unnest($1::uuid[], $2::text[], $3::int[], $4::timestamptz[]) AS v(id, basis, minutes, at)
         JOIN "Pack" p ON p.id = v.id
       RETURNING id::text, "shopId"::text, "developerId"::text`,
      [
        settlements.map((s) => s.packId),
        settlements.map((s) => s.basis),
        settlements.map((s) => s.minutes),
        settlements.map((s) => s.at.toISOString()),
      ],
    );
    await queueSettlementEmails(sql, inserted);
  }
}

const COLUMNS = BALANCE_FIELDS.map((field) => `"${field}"`);
const N = BALANCE_FIELDS.length;
// One UPDATE ... FROM unnest(...) for every changed pack: balances set by a compare-and-set on
// the old values, and the one-time flags (outcome, carry-out target, carry-in source) set only
// where still unset. One row version per pack, however many things changed.
const SET_PACKS = `
  UPDATE "Pack" p SET ${COLUMNS.map((c, i) => `${c} = v.new${i}`).join(", ")},
         "outcome" = COALESCE(v.outcome, p."outcome"),
         "carriedOutToId" = COALESCE(v.to_id, p."carriedOutToId"),
         "carriedInFromId" = COALESCE(v.from_id, p."carriedInFromId")
    FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::uuid[],
                ${BALANCE_FIELDS.map((_, i) => `$${i + 6}::int[]`).join(", ")},
                ${BALANCE_FIELDS.map((_, i) => `$${i + 6 + N}::int[]`).join(", ")})
         AS v(id, shop_id, outcome, to_id, from_id, ${BALANCE_FIELDS.map((_, i) => `new${i}`).join(", ")},
              ${BALANCE_FIELDS.map((_, i) => `old${i}`).join(", ")})
   WHERE p.id = v.id AND p."shopId" = v.shop_id
     AND (v.outcome IS NULL OR p."outcome" IS NULL) AND (v.from_id IS NULL OR p."carriedInFromId" IS NULL)
     AND ${COLUMNS.map((c, i) => `p.${c} = v.old${i}`).join(" AND ")}`;

interface PackWrite {
  id: string;
  shopId: string;
  from: Balances;
  to: Balances;
  outcome: string | null;
  toId: string | null;
  fromId: string | null;
}

async function setPacks(sql: Sql, changes: readonly ShopChanges[]): Promise<void> {
  const rows: PackWrite[] = [];
  for (const change of changes) {
    const outcomes = new Map(change.outcomes.map((o) => [o.packId, o]));
    const carriedIn = new Map(change.carriedInFrom.map((c) => [c.packId, c.fromId]));
    const beforeById = new Map(change.before.map((pack) => [pack.id, pack]));
    for (const pack of change.after) {
      const old = beforeById.get(pack.id);
      const outcome = outcomes.get(pack.id);
      const fromId = carriedIn.get(pack.id) ?? null;
      const balancesChanged = old !== undefined && BALANCE_FIELDS.some((f) => old[f] !== pack[f]);
      if (!old || (!balancesChanged && !outcome && !fromId)) continue;
      rows.push({
        id: pack.id,
        shopId: change.shopId,
        from: balancesOf(old),
        to: balancesOf(pack),
        outcome: outcome?.outcome ?? null,
        toId: outcome?.carriedOutToId ?? null,
        fromId,
      });
    }
  }
  if (rows.length === 0) return;
  const count = await sql.execute(SET_PACKS, [
    rows.map((r) => r.id),
    rows.map((r) => r.shopId),
    rows.map((r) => r.outcome),
    rows.map((r) => r.toId),
    rows.map((r) => r.fromId),
    ...BALANCE_FIELDS.map((field) => rows.map((r) => r.to[field])),
    ...BALANCE_FIELDS.map((field) => rows.map((r) => r.from[field])),
  ]);
  if (count !== rows.length) {
    throw new LedgerConflictError(`${rows.length - count} pack(s) not as planned, or decided already`);
  }
}

/** Appends entries to the ledger (for packs being created in the same transaction). */
export async function appendEntries(sql: Sql, shopId: string, entries: readonly TimedEntry[]): Promise<void> {
  await writeChanges(sql, [
    { shopId, before: [], after: [], entries, outcomes: [], carriedInFrom: [], settlements: [] },
  ]);
}
