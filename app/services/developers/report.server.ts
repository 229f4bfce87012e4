import type { EntryKind } from "../../ledger";
import { readSnapshot } from "../ledger/read.server";
import type { Sql } from "../../lib/sql.server";
import { shopsAt } from "../ledger/time.server";
import { shopsNeedingTime } from "../ledger/time.sql.server";
import { fail, type Result } from "../../lib/result";

/** The company's month in figures (UTC calendar month: stores span time zones). */
export interface MonthlyReport {
  month: string;
  packsSold: number;
  minutesSold: number;
  salesCents: number;
  minutesUsed: number;
  minutesExpired: number;
  minutesCarriedOver: number;
  /** Quotes paid outright in the month (custom quotes), their estimated hours and what they cost. */
  customQuotesPaid: number;
  customQuoteMinutes: number;
  customQuoteSalesCents: number;
  invoicedCents: number;
  payoutsCents: number;
  invoicesPaid: number;
}

/** The month a YYYY-MM names, as [start, end) instants; null for anything else. */
export function monthRange(month: string): { start: Date; end: Date } | null {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!match) return null;
  const year = Number(match[1]);
  const index = Number(match[2]) - 1;
  return { start: new Date(Date.UTC(year, index, 1)), end: new Date(Date.UTC(year, index + 1, 1)) };
}

/**
 * Hours sold, used, expired and carried over across all stores, and what was paid to developers,
 * as of `at`: the expiries and carry-overs time has made true in the month count whether or not
 * a sweep has recorded them yet.
 */
export async function monthlyReport(month: string, at: Date): Promise<Result<{ report: MonthlyReport }>> {
  const range = monthRange(month);
  if (!range) return fail("invalid_input", "Choose a month as YYYY-MM, e.g. 2026-03.");
  const within = { gte: range.start, lt: range.end };
  // A superset of the shops time has something unrecorded for (the sweep's own selection).
  const candidates = range.start < at ? await shopsNeedingTime(at) : [];
  return readSnapshot(async (tx, sql) => {
    const sold = await tx.pack.aggregate({
      where: { paidAt: within },
      _count: true,
      _sum: { ownMinutes: true, priceCents: true },
    });
    const custom = await tx.quote.aggregate({
      where: { paidWith: "money", paidAt: within },
      _count: true,
      _sum: { estimateMinutes: true, priceCents: true },
    });
    const entries = await tx.ledgerEntry.groupBy({
      by: ["kind"],
      where: { at: within, kind: { in: ["usage", "expiry", "carry_out"] } },
      _sum: { own: true, carried: true },
    });
    const invoiced = await tx.invoice.aggregate({
      where: { createdAt: within },
      _sum: { amountCents: true },
    });
    const paid = await tx.invoice.aggregate({
      where: { paidAt: within },
      _count: true,
      _sum: { amountCents: true },
    });
    const unrecorded = await minutesByTime(sql, candidates, range, at);
    const minutesOf = (kind: EntryKind) => {
      const row = entries.find((entry) => entry.kind === kind);
      return (row?._sum.own ?? 0) + (row?._sum.carried ?? 0) + (unrecorded.get(kind) ?? 0);
    };
    return {
      ok: true as const,
      report: {
        month,
        packsSold: sold._count,
        minutesSold: sold._sum.ownMinutes ?? 0,
        salesCents: sold._sum.priceCents ?? 0,
        minutesUsed: minutesOf("usage"),
        minutesExpired: minutesOf("expiry"),
        minutesCarriedOver: minutesOf("carry_out"),
        customQuotesPaid: custom._count,
        customQuoteMinutes: custom._sum.estimateMinutes ?? 0,
        customQuoteSalesCents: custom._sum.priceCents ?? 0,
        invoicedCents: invoiced._sum.amountCents ?? 0,
        payoutsCents: paid._sum.amountCents ?? 0,
        invoicesPaid: paid._count,
      },
    };
  });
}

const BATCH = 500;

// Minutes per entry kind that time has moved inside the range by `at` without a sweep recording them.
async function minutesByTime(
  sql: Sql,
  shopIds: readonly string[],
  range: { start: Date; end: Date },
  at: Date,
) {
  const minutes = new Map<EntryKind, number>();
  for (let i = 0; i < shopIds.length; i += BATCH) {
    for (const { changes } of await shopsAt(sql, shopIds.slice(i, i + BATCH), at)) {
      for (const entry of changes.entries) {
        if (entry.at < range.start || entry.at >= range.end) continue;
        minutes.set(entry.kind, (minutes.get(entry.kind) ?? 0) + entry.own + entry.carried);
      }
    }
  }
  return minutes;
}
