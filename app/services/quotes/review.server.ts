import type { QuoteStatus } from "../../ledger";
import prisma from "../../db.server";

/** Quotes that wait for the merchant: pending ones to approve, and overruns to approve or dispute. */
const WAITING: QuoteStatus[] = ["pending", "awaiting_approval"];

export interface ReviewItem {
  id: string;
  title: string;
  status: "pending" | "awaiting_approval";
  developerName: string | null;
  estimateMinutes: number;
  /** Reported time of an overrun; null for a pending quote. */
  actualMinutes: number | null;
  receivedAt: Date;
}

/** The shop's quotes waiting for a decision, oldest first (they have waited longest), at most `take`. */
export async function reviewQueue(shopId: string, take = 10): Promise<ReviewItem[]> {
  const quotes = await prisma.quote.findMany({
    where: { shopId, status: { in: WAITING } },
    include: { developer: { select: { name: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take,
  });
  return quotes.map((q) => ({
    id: q.id,
    title: q.title,
    status: q.status as ReviewItem["status"],
    developerName: q.developer?.name ?? null,
    estimateMinutes: q.estimateMinutes,
    actualMinutes: q.status === "awaiting_approval" ? q.actualMinutes : null,
    // An overrun waits from its completion report; a pending quote from when it was sent.
    receivedAt: q.status === "awaiting_approval" ? (q.submittedAt ?? q.createdAt) : q.createdAt,
  }));
}

/** How many quotes wait for the merchant (the navigation's count). */
export async function waitingCount(shopId: string): Promise<number> {
  return prisma.quote.count({ where: { shopId, status: { in: WAITING } } });
}
