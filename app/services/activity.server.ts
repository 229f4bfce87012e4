import { formatHours, localDate, safeTimeZone } from "../ledger";
import prisma from "../db.server";

export interface Activity {
  id: string;
  date: string;
  packId: string;
  description: string;
}

/** The shop's latest ledger entries, newest first, in words. */
export async function recentActivity(shopId: string, limit = 8): Promise<Activity[]> {
  const [shop, entries] = await Promise.all([
    prisma.shop.findUnique({ where: { id: shopId }, select: { timezone: true } }),
    prisma.ledgerEntry.findMany({
      where: { shopId },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: limit,
    }),
  ]);
  const quoteIds = entries.flatMap((e) => (e.quoteId ? [e.quoteId] : []));
  const quotes = await prisma.quote.findMany({
    where: { shopId, id: { in: quoteIds } },
    select: { id: true, title: true },
  });
  const title = new Map(quotes.map((q) => [q.id, `“${q.title}”`]));
  const timeZone = safeTimeZone(shop?.timezone);
  return entries.map((entry) => {
    const hours = formatHours(entry.own + entry.carried);
    const quote = (entry.quoteId && title.get(entry.quoteId)) || "a quote";
    const words: Record<string, string> = {
      purchase: `Bought a ${hours} pack`,
      hold: `${hours} held for ${quote}`,
      release: `${hours} released from ${quote}`,
      usage: entry.quoteId ? `${hours} charged for ${quote}` : `${hours} used before import`,
      carry_out: `${hours} carried over to a new pack`,
      carry_in: `${hours} carried in from an expired pack`,
      expiry: `${hours} expired`,
      adjustment: `Adjustment of ${entry.own > 0 ? "+" : ""}${hours}`,
    };
    return {
      id: entry.id.toString(),
      date: localDate(entry.at, timeZone),
      packId: entry.packId,
      description: words[entry.kind] ?? entry.kind,
    };
  });
}
