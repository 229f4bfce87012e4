import prisma from "../db.server";
import { loadHoldParts } from "./ledger/packs-store.server";
import { ledgerSql } from "./ledger/sql.server";
import type { QuoteStatus } from "./ledger/quotes.server";
import { isUuid } from "../lib/ids";

export interface QuoteRow {
  id: string;
  title: string;
  developerName: string | null;
  estimateMinutes: number;
  actualMinutes: number | null;
  status: QuoteStatus;
  createdAt: Date;
}

/** A shop's quotes of the given statuses, newest first. */
export async function listQuotes(shopId: string, statuses: QuoteStatus[]): Promise<QuoteRow[]> {
  const quotes = await prisma.quote.findMany({
    where: { shopId, status: { in: statuses } },
    include: { developer: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  return quotes.map((q) => ({
    id: q.id,
    title: q.title,
    developerName: q.developer?.name ?? null,
    estimateMinutes: q.estimateMinutes,
    actualMinutes: q.actualMinutes,
    status: q.status as QuoteStatus,
    createdAt: q.createdAt,
  }));
}

/** How many of a shop's quotes are in each status. */
export async function quoteCounts(shopId: string): Promise<Partial<Record<QuoteStatus, number>>> {
  const groups = await prisma.quote.groupBy({ by: ["status"], where: { shopId }, _count: { _all: true } });
  return Object.fromEntries(groups.map((g) => [g.status, g._count._all]));
}

/** One quote of the shop with its developer, held minutes and time entries; null for any other. */
export async function quoteDetail(shopId: string, quoteId: string) {
  if (!isUuid(quoteId)) return null;
  const quote = await prisma.quote.findFirst({
    where: { id: quoteId, shopId },
    include: {
      developer: { select: { name: true, email: true } },
      timeEntries: { orderBy: [{ workedOn: "asc" }, { createdAt: "asc" }] },
    },
  });
  if (!quote) return null;
  const held = quote.status === "approved" ? await loadHoldParts(ledgerSql(), shopId, quote.id) : [];
  return {
    id: quote.id,
    title: quote.title,
    description: quote.description,
    status: quote.status as QuoteStatus,
    developer: quote.developer,
    estimateMinutes: quote.estimateMinutes,
    actualMinutes: quote.actualMinutes,
    heldMinutes: held.reduce((sum, part) => sum + part.own + part.carried, 0),
    declineReason: quote.declineReason,
    createdAt: quote.createdAt,
    timeEntries: quote.timeEntries.map((t) => ({
      id: t.id,
      workedOn: t.workedOn,
      minutes: t.minutes,
      note: t.note,
    })),
  };
}
