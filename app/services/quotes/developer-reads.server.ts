import { overrunLimit } from "../../ledger";
import prisma from "../../db.server";
import { isUuid } from "../../lib/ids";
import { instantOf, keysetWhere, pageOf, PAGE_SIZE, seek, timeKey, type Cursor } from "../../lib/pages";
import { visibleQuotes } from "../developers/access.server";

/** One page of this developer's quotes on stores still connected, newest first; optionally one store's. */
export async function listDeveloperQuotes(
  developerId: string,
  options: { shopId?: string; cursor?: Cursor } = {},
) {
  const { shopId, cursor } = options;
  if (shopId !== undefined && !isUuid(shopId)) return { quotes: [], links: { next: null, previous: null } };
  const { op, orderBy } = seek(cursor, "desc");
  const rows = await prisma.quote.findMany({
    where: {
      ...visibleQuotes(developerId),
      ...(shopId ? { shopId } : {}),
      ...(cursor ? keysetWhere("createdAt", instantOf(cursor.key), cursor.id, op) : {}),
    },
    select: {
      id: true,
      title: true,
      status: true,
      estimateMinutes: true,
      actualMinutes: true,
      chargedMinutes: true,
      paidWith: true,
      priceCents: true,
      createdAt: true,
      approvedAt: true,
      closedAt: true,
      shop: { select: { id: true, domain: true, timezone: true } },
    },
    orderBy: [{ createdAt: orderBy }, { id: orderBy }],
    take: PAGE_SIZE + 1,
  });
  const page = pageOf(rows, cursor, (q) => ({ key: timeKey(q.createdAt), id: q.id }));
  return { quotes: page.items, links: page.links };
}

/** One quote with its time entries, or null when it is not this developer's to see. */
export async function developerQuoteDetail(developerId: string, quoteId: string) {
  if (!isUuid(quoteId)) return null;
  const quote = await prisma.quote.findFirst({
    where: { id: quoteId, ...visibleQuotes(developerId) },
    include: {
      shop: { select: { id: true, domain: true, timezone: true, overrunTolerancePercent: true } },
      timeEntries: { orderBy: [{ workedOn: "asc" }, { createdAt: "asc" }] },
    },
  });
  if (!quote) return null;
  const loggedMinutes = quote.timeEntries.reduce((sum, entry) => sum + entry.minutes, 0);
  const tolerance = quote.shop.overrunTolerancePercent;
  // The most a completion charges without the merchant's approval (null: no limit, or a custom quote).
  const overrunLimitMinutes =
    tolerance === null || quote.paidWith === "money" ? null : overrunLimit(quote.estimateMinutes, tolerance);
  return { quote, loggedMinutes, overrunLimitMinutes };
}
