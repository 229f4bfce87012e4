import { localDate, type DatedEntry } from "../ledger";
import { readSnapshot } from "./ledger/read.server";
import { shopsAt } from "./ledger/time.server";
import { hours } from "../lib/format";

export interface Activity {
  id: string;
  date: string;
  packId: string;
  description: string;
}

/**
 * The shop's latest ledger entries as of `at`, newest first, in words: those recorded and those
 * time has made true since the last sweep (an expiry, a carry-over), as the home's packs show them.
 */
export async function recentActivity(shopId: string, at: Date, limit = 8): Promise<Activity[]> {
  return readSnapshot(async (tx, sql) => {
    const [projected] = await shopsAt(sql, [shopId], at);
    if (!projected) return [];
    const recorded = await tx.ledgerEntry.findMany({
      where: { shopId },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: limit,
    });
    const byTime = projected.changes.entries.map((e: DatedEntry, i: number) => ({
      ...e,
      id: `time-${i}`,
      quoteId: e.quoteId ?? null,
    }));
    // Both lists are newest first; the stable sort keeps that order among entries of one instant.
    const entries = [...byTime.reverse(), ...recorded.map((e) => ({ ...e, id: e.id.toString() }))]
      .sort((a, b) => b.at.getTime() - a.at.getTime())
      .slice(0, limit);
    const quoteIds = entries.flatMap((e) => (e.quoteId ? [e.quoteId] : []));
    const quotes = await tx.quote.findMany({
      where: { shopId, id: { in: quoteIds } },
      select: { id: true, title: true },
    });
    const title = new Map(quotes.map((q) => [q.id, `“${q.title}”`]));
    const timeZone = projected.shop.timeZone;
    return entries.map((entry) => {
      const amount = hours(entry.own + entry.carried);
      const quote = (entry.quoteId && title.get(entry.quoteId)) || "a quote";
      const words: Record<string, string> = {
        purchase: `Bought a ${amount} pack`,
        hold: `${amount} held for ${quote}`,
        release: `${amount} released from ${quote}`,
        usage: entry.quoteId ? `${amount} charged for ${quote}` : `${amount} used before import`,
        carry_out: `${amount} carried over to a new pack`,
        carry_in: `${amount} carried in from an expired pack`,
        expiry: `${amount} expired`,
        adjustment: `Adjustment of ${entry.own > 0 ? "+" : ""}${amount}`,
      };
      return {
        id: entry.id,
        date: localDate(entry.at, timeZone),
        packId: entry.packId,
        description: words[entry.kind] ?? entry.kind,
      };
    });
  });
}
