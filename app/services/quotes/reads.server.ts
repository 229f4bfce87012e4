import { customQuotePriceCents, type QuoteStatus } from "../../ledger";
import prisma from "../../db.server";
import { isUuid } from "../../lib/ids";
import { loadHoldParts } from "../ledger/packs.sql.server";
import { ledgerSql } from "../../lib/sql.server";
import { quotePolicyOf } from "./quotes.sql.server";

export interface QuoteRow {
  id: string;
  title: string;
  developerName: string | null;
  estimateMinutes: number;
  /** Hours drawn from packs once completed (0 for a custom quote). */
  chargedMinutes: number | null;
  paidWith: string | null;
  priceCents: number | null;
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
    chargedMinutes: q.chargedMinutes,
    paidWith: q.paidWith,
    priceCents: q.priceCents,
    status: q.status as QuoteStatus,
    createdAt: q.createdAt,
  }));
}

/** How many of a shop's quotes are in each status. */
export async function quoteCounts(shopId: string): Promise<Partial<Record<QuoteStatus, number>>> {
  const groups = await prisma.quote.groupBy({ by: ["status"], where: { shopId }, _count: { _all: true } });
  return Object.fromEntries(groups.map((g) => [g.status, g._count._all]));
}

const HOLDING: readonly string[] = ["approved", "awaiting_approval", "disputed"];
// Shopify expires an unapproved purchase after 2 days.
const PAYMENT_WAIT_MS = 2 * 24 * 60 * 60 * 1000;

/**
 * One quote of the shop with its developer, held minutes, time entries, what paying it outright
 * costs (while pending) and a payment still waiting at Shopify; null for any other shop's.
 */
export async function quoteDetail(shopId: string, quoteId: string, now: Date) {
  if (!isUuid(quoteId)) return null;
  const quote = await prisma.quote.findFirst({
    where: { id: quoteId, shopId },
    include: {
      developer: { select: { name: true, email: true } },
      timeEntries: { orderBy: [{ workedOn: "asc" }, { createdAt: "asc" }] },
      purchases: {
        where: { status: "PENDING", purchasedAt: { gt: new Date(now.getTime() - PAYMENT_WAIT_MS) } },
        select: { id: true },
        orderBy: { purchasedAt: "desc" },
        take: 1,
      },
    },
  });
  if (!quote) return null;
  const sql = ledgerSql();
  const held =
    HOLDING.includes(quote.status) && quote.paidWith === "hours"
      ? await loadHoldParts(sql, shopId, quote.id)
      : [];
  const rate = quote.status === "pending" ? (await quotePolicyOf(sql, shopId)).customQuoteRateCents : null;
  return {
    id: quote.id,
    title: quote.title,
    description: quote.description,
    status: quote.status as QuoteStatus,
    paidWith: quote.paidWith,
    priceCents: quote.priceCents,
    developer: quote.developer,
    estimateMinutes: quote.estimateMinutes,
    actualMinutes: quote.actualMinutes,
    chargedMinutes: quote.chargedMinutes,
    heldMinutes: held.reduce((sum, part) => sum + part.own + part.carried, 0),
    /** What paying it outright costs now, and the hourly rate (pending quotes only). */
    offer:
      rate === null
        ? null
        : { priceCents: customQuotePriceCents(quote.estimateMinutes, rate), rateCents: rate },
    /** Our id of a payment the merchant started and Shopify has not confirmed yet. */
    waitingPaymentId: quote.purchases[0]?.id ?? null,
    completionNote: quote.completionNote,
    declineReason: quote.declineReason,
    disputeReason: quote.disputeReason,
    resolutionReason: quote.resolutionReason,
    withdrawn: quote.withdrawnAt !== null,
    createdAt: quote.createdAt,
    timeEntries: quote.timeEntries.map((t) => ({
      id: t.id,
      workedOn: t.workedOn,
      minutes: t.minutes,
      note: t.note,
    })),
  };
}

export type QuoteDetail = NonNullable<Awaited<ReturnType<typeof quoteDetail>>>;
