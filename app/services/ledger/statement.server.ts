import {
  addEntry,
  emptyBalances,
  expiresOn,
  findTier,
  localDate,
  safeTimeZone,
  type EntryKind,
  type Balances,
} from "../../ledger";
import { isUuid } from "../../lib/ids";
import { pageOf, PAGE_SIZE, seek, type Cursor, type PageLinks } from "../../lib/pages";
import { readSnapshot } from "./read.server";
import { shopsAt } from "./time.server";
import { hours } from "../../lib/format";

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

/** What became of a pack's minutes as of now: in = purchased + adjusted + carried in = out + left. */
export interface StatementSummary {
  purchasedMinutes: number;
  adjustedMinutes: number;
  carriedInMinutes: number;
  usedMinutes: number;
  expiredMinutes: number;
  carriedOutMinutes: number;
  /** Still in the pack (held minutes included), and of those held for quotes. */
  leftMinutes: number;
  heldMinutes: number;
}

export interface Statement {
  pack: {
    id: string;
    tier: string;
    paidAt: Date;
    /** The shop-local date of payment, "YYYY-MM-DD". */
    paidOn: string;
    expiresOn: string | null;
    timeZone: string;
    shopDomain: string;
  };
  summary: StatementSummary;
  lines: StatementLine[];
  /** The page's links; both null for a whole statement (the CSV). */
  links: PageLinks;
}

const remaining = (b: Balances) => b.ownRemaining + b.carriedRemaining;

// The fold of a pack's entries summed per kind (the fold is linear: ADR 140), with `extra` after them.
function foldSums(
  sums: { kind: string; _sum: { own: number | null; carried: number | null } }[],
  extra: readonly { kind: string; own: number; carried: number }[] = [],
): Balances {
  let balances = emptyBalances();
  for (const sum of sums)
    balances = addEntry(balances, {
      kind: sum.kind as EntryKind,
      own: sum._sum.own ?? 0,
      carried: sum._sum.carried ?? 0,
    });
  for (const entry of extra)
    balances = addEntry(balances, { kind: entry.kind as EntryKind, own: entry.own, carried: entry.carried });
  return balances;
}

/**
 * A pack's statement as of `at`: every recorded entry with a description and running balance,
 * then what time has decided since the last sweep recorded it (expiries, carry-overs, dated when
 * they took effect), then its settlement, recorded or final by now. With `page`, only the page of
 * recorded entries at its cursor (oldest first, PAGE_SIZE of them), whose running balance starts
 * from the sum of the entries before it; what time decided and the settlement close the last page.
 */
export async function packStatement(
  shopId: string,
  packId: string,
  at: Date,
  options: { page?: { cursor?: Cursor } } = {},
): Promise<Statement | null> {
  if (!isUuid(packId)) return null;
  return readSnapshot(async (tx, sql) => {
    const pack = await tx.pack.findFirst({
      where: { id: packId, shopId },
      include: { shop: { select: { timezone: true, domain: true } }, settlement: true },
    });
    if (!pack) return null;
    const timeZone = safeTimeZone(pack.shop.timezone);
    const [projected] = await shopsAt(sql, [shopId], at);
    const byTime = projected?.changes.entries.filter((e) => e.packId === packId) ?? [];
    const totals = await tx.ledgerEntry.groupBy({
      by: ["kind"],
      where: { shopId, packId },
      _sum: { own: true, carried: true },
    });
    const all = foldSums(totals, byTime);

    let recorded;
    let links: PageLinks = { next: null, previous: null };
    let running = emptyBalances();
    if (options.page) {
      const { cursor } = options.page;
      const { op, orderBy } = seek(cursor, "asc");
      const rows = await tx.ledgerEntry.findMany({
        where: { shopId, packId, ...(cursor ? { id: { [op]: BigInt(cursor.id) } } : {}) },
        orderBy: { id: orderBy },
        take: PAGE_SIZE + 1,
      });
      const page = pageOf(rows, cursor, (e) => ({ key: e.id.toString(), id: e.id.toString() }));
      recorded = page.items;
      links = page.links;
      const first = recorded[0];
      if (first) {
        const before = await tx.ledgerEntry.groupBy({
          by: ["kind"],
          where: { shopId, packId, id: { lt: first.id } },
          _sum: { own: true, carried: true },
        });
        running = foldSums(before);
      }
    } else {
      recorded = await tx.ledgerEntry.findMany({ where: { shopId, packId }, orderBy: { id: "asc" } });
    }
    // What time decided comes after every recorded entry: on the last page only.
    const last = links.next === null;
    const entries: EntryRow[] = [
      ...recorded.map((e) => ({ ...e, id: e.id.toString() })),
      ...(last ? byTime : []).map((e, i) => ({
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
    if (settlement && last) {
      lines.push({
        id: `settlement-${packId}`,
        at: settlement.at,
        date: localDate(settlement.at, timeZone),
        kind: "settlement",
        description: `Settled: ${hours(settlement.minutes)} ${settlement.basis === "whole_pack" ? "(whole pack, carried over)" : "delivered"}`,
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
        paidOn: localDate(pack.paidAt, timeZone),
        expiresOn: pack.expiresAt ? expiresOn(pack.expiresAt, timeZone) : null,
        timeZone,
        shopDomain: pack.shop.domain,
      },
      summary: {
        purchasedMinutes: totals
          .filter((t) => t.kind === "purchase")
          .reduce((sum, t) => sum + (t._sum.own ?? 0), 0),
        adjustedMinutes: all.adjusted,
        carriedInMinutes: all.carriedIn,
        usedMinutes: all.usedOwn + all.usedCarried,
        expiredMinutes: all.expired,
        carriedOutMinutes: all.carriedOut,
        leftMinutes: remaining(all),
        heldMinutes: all.heldOwn + all.heldCarried,
      },
      lines,
      links,
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
  const amount = hours(minutes);
  switch (kind) {
    case "purchase":
      return note === "imported" ? `Imported ${findTier(tier)?.hours ?? ""} h pack` : `Bought ${amount} pack`;
    case "hold":
      return `${amount} held for quote ${quote}`;
    case "release":
      return `${amount} hold released for quote ${quote}`;
    case "usage":
      if (!quote) return `${amount} used before import`;
      // A dispute's resolution keeps the company's reason on its usage.
      return note
        ? `${amount} charged for quote ${quote}, as the company resolved: ${note}`
        : `${amount} charged for quote ${quote}`;
    case "carry_out":
      return `${amount} carried over to the ${other}`;
    case "carry_in":
      return `${amount} carried in from the ${other}`;
    case "expiry":
      return `${amount} expired`;
    case "adjustment":
      return `Adjustment of ${minutes > 0 ? "+" : "−"}${hours(Math.abs(minutes))}: ${note ?? ""}`;
  }
}
