import {
  addEntry,
  emptyBalances,
  expiresOn,
  formatHours,
  findTier,
  localDate,
  safeTimeZone,
  type EntryKind,
  type Balances,
} from "../../ledger";
import { isUuid } from "../../lib/ids";
import { readSnapshot } from "./read.server";
import { shopsAt } from "./time.server";

export interface StatementLine {
  id: string;
  at: Date;
  /** The shop-local date of the entry. */
  date: string;
  kind: EntryKind | "settlement";
  description: string;
  /** Change to the pack's remaining minutes (holds change only `heldMinutes`). */
  minutes: number;
  /** Remaining minutes after this line (held ones included), and held minutes after it. */
  balance: number;
  heldMinutes: number;
  quoteId: string | null;
  relatedPackId: string | null;
}

export interface Statement {
  pack: { id: string; tier: string; paidAt: Date; expiresOn: string | null; timeZone: string };
  lines: StatementLine[];
}

/**
 * A pack's statement as of `at`: every recorded entry with a description and running balance,
 * then what time has decided since the last sweep recorded it (expiries, carry-overs, dated when
 * they took effect), then its settlement, recorded or final by now.
 */
export async function packStatement(shopId: string, packId: string, at: Date): Promise<Statement | null> {
  if (!isUuid(packId)) return null;
  return readSnapshot(async (tx, sql) => {
    const pack = await tx.pack.findFirst({
      where: { id: packId, shopId },
      include: { shop: { select: { timezone: true } }, settlement: true },
    });
    if (!pack) return null;
    const timeZone = safeTimeZone(pack.shop.timezone);
    const recorded = await tx.ledgerEntry.findMany({ where: { shopId, packId }, orderBy: { id: "asc" } });
    const [projected] = await shopsAt(sql, [shopId], at);
    const byTime = projected?.changes.entries.filter((e) => e.packId === packId) ?? [];
    const entries: EntryRow[] = [
      ...recorded.map((e) => ({ ...e, id: e.id.toString() })),
      ...byTime.map((e, i) => ({
        ...e,
        id: `time-${i}`,
        quoteId: e.quoteId ?? null,
        relatedPackId: e.relatedPackId ?? null,
        note: null,
      })),
    ];
    const quoteIds = [...new Set(entries.flatMap((e) => (e.quoteId ? [e.quoteId] : [])))];
    const relatedIds = [...new Set(entries.flatMap((e) => (e.relatedPackId ? [e.relatedPackId] : [])))];
    const quotes = await tx.quote.findMany({
      where: { shopId, id: { in: quoteIds } },
      select: { id: true, title: true },
    });
    const related = await tx.pack.findMany({
      where: { shopId, id: { in: relatedIds } },
      select: { id: true, tier: true, paidAt: true },
    });
    const titleOf = new Map(quotes.map((q) => [q.id, q.title]));
    const packName = new Map(
      related.map((p) => [p.id, `${p.tier} pack paid ${localDate(p.paidAt, timeZone)}`]),
    );

    // The running balances are the ledger's own fold (app/ledger/balances.ts), entry by entry.
    let running = emptyBalances();
    const remaining = (b: Balances) => b.ownRemaining + b.carriedRemaining;
    const lines: StatementLine[] = entries.map((entry) => {
      const kind = entry.kind as EntryKind;
      const before = remaining(running);
      running = addEntry(running, { kind, own: entry.own, carried: entry.carried });
      const balance = remaining(running);
      const quote = entry.quoteId ? `“${titleOf.get(entry.quoteId) ?? "quote"}”` : "";
      const other = entry.relatedPackId ? (packName.get(entry.relatedPackId) ?? "another pack") : "";
      return {
        id: entry.id,
        at: entry.at,
        date: localDate(entry.at, timeZone),
        kind,
        description: describe(kind, entry.own + entry.carried, quote, other, entry.note, pack.tier),
        minutes: balance - before,
        balance,
        heldMinutes: running.heldOwn + running.heldCarried,
        quoteId: entry.quoteId,
        relatedPackId: entry.relatedPackId,
      };
    });
    const settlement = pack.settlement
      ? { ...pack.settlement, at: pack.settlement.settledAt }
      : projected?.changes.settlements.find((s) => s.packId === packId);
    if (settlement) {
      lines.push({
        id: `settlement-${packId}`,
        at: settlement.at,
        date: localDate(settlement.at, timeZone),
        kind: "settlement",
        description: `Settled: ${formatHours(settlement.minutes)} ${settlement.basis === "whole_pack" ? "(whole pack, carried over)" : "delivered"}`,
        minutes: 0,
        balance: remaining(running),
        heldMinutes: running.heldOwn + running.heldCarried,
        quoteId: null,
        relatedPackId: null,
      });
    }
    return {
      pack: {
        id: pack.id,
        tier: pack.tier,
        paidAt: pack.paidAt,
        expiresOn: pack.expiresAt ? expiresOn(pack.expiresAt, timeZone) : null,
        timeZone,
      },
      lines,
    };
  });
}

interface EntryRow {
  id: string;
  at: Date;
  kind: string;
  own: number;
  carried: number;
  quoteId: string | null;
  relatedPackId: string | null;
  note: string | null;
}

function describe(
  kind: EntryKind,
  minutes: number,
  quote: string,
  other: string,
  note: string | null,
  tier: string,
): string {
  const hours = formatHours(minutes);
  switch (kind) {
    case "purchase":
      return note === "imported" ? `Imported ${findTier(tier)?.hours ?? ""} h pack` : `Bought ${hours} pack`;
    case "hold":
      return `${hours} held for quote ${quote}`;
    case "release":
      return `${hours} hold released for quote ${quote}`;
    case "usage":
      if (!quote) return `${hours} used before import`;
      // A dispute's resolution keeps the company's reason on its usage.
      return note
        ? `${hours} charged for quote ${quote}, as the company resolved: ${note}`
        : `${hours} charged for quote ${quote}`;
    case "carry_out":
      return `${hours} carried over to the ${other}`;
    case "carry_in":
      return `${hours} carried in from the ${other}`;
    case "expiry":
      return `${hours} expired`;
    case "adjustment":
      return `Adjustment of ${minutes > 0 ? "+" : "−"}${formatHours(Math.abs(minutes))}: ${note ?? ""}`;
  }
}
