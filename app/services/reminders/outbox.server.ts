import prisma from "../../db.server";

/** Attempts before a delivery is marked failed (like Shopify's webhooks: 8 over about 4 hours). */
export const MAX_ATTEMPTS = 8;
/** The first retry's delay; each later one doubles it. */
export const FIRST_RETRY_MS = 60_000;
/** A claim older than this is taken as abandoned (its worker died) and claimed again. */
export const CLAIM_TIMEOUT_MS = 10 * 60_000;

/** A delivery claimed by this worker: it alone sends it until it records the outcome. */
export interface ClaimedDelivery {
  id: string;
  shopId: string;
  reminderId: string;
  channel: string;
  attempts: number;
}

/** The delay before attempt `attempts + 1` after `attempts` failed ones: 1, 2, 4 ... minutes. */
export function retryDelayMs(attempts: number): number {
  return FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1);
}

/**
 * Claims up to `limit` due deliveries in one statement: rows locked by another worker are skipped,
 * and a claimed row is `sending` until its outcome is recorded, so no two workers send one row.
 */
export function claimDue(now: Date, limit: number): Promise<ClaimedDelivery[]> {
  const abandoned = new Date(now.getTime() - CLAIM_TIMEOUT_MS);
  return prisma.$queryRaw<ClaimedDelivery[]>`
    UPDATE "ReminderDelivery" d
       SET status = 'sending', "claimedAt" = ${now}, attempts = d.attempts + 1
     WHERE d.id IN (SELECT id FROM "ReminderDelivery"
                     WHERE (status = 'pending' AND "nextAttemptAt" <= ${now})
                        OR (status = 'sending' AND "claimedAt" <= ${abandoned})
                     ORDER BY "nextAttemptAt", id
                     LIMIT ${limit}
                       FOR UPDATE SKIP LOCKED)
    RETURNING d.id::text AS id, d."shopId"::text AS "shopId", d."reminderId"::text AS "reminderId",
              d.channel, d.attempts`;
}

// Only the worker whose claim is current records an outcome (a claim taken over after the
// timeout has a higher attempt count).
const ours = (delivery: ClaimedDelivery) => ({
  id: delivery.id,
  status: "sending",
  attempts: delivery.attempts,
});

/** Records a successful send. */
export async function markSent(delivery: ClaimedDelivery, now: Date): Promise<boolean> {
  const changed = await prisma.reminderDelivery.updateMany({
    where: ours(delivery),
    data: { status: "sent", sentAt: now, lastError: null },
  });
  return changed.count === 1;
}

/**
 * Records a failed send: retried after a doubling delay, or `failed` once out of attempts (or at
 * once when `final`, for a shop that can no longer receive it). Returns the new status.
 */
export async function markFailed(
  delivery: ClaimedDelivery,
  now: Date,
  error: string,
  final = false,
): Promise<"pending" | "failed"> {
  const status = final || delivery.attempts >= MAX_ATTEMPTS ? "failed" : "pending";
  await prisma.reminderDelivery.updateMany({
    where: ours(delivery),
    data: {
      status,
      lastError: error.slice(0, 1000),
      nextAttemptAt: new Date(now.getTime() + retryDelayMs(delivery.attempts)),
    },
  });
  return status;
}

/** Puts failed deliveries back in the queue with fresh attempts; returns how many. */
export async function retryFailed(now: Date): Promise<number> {
  const changed = await prisma.reminderDelivery.updateMany({
    where: { status: "failed" },
    data: { status: "pending", attempts: 0, nextAttemptAt: now },
  });
  return changed.count;
}

/** How many deliveries are in each status (for the jobs' status output). */
export async function deliveryCounts(): Promise<Record<string, number>> {
  const groups = await prisma.reminderDelivery.groupBy({ by: ["status"], _count: { _all: true } });
  return Object.fromEntries(groups.map((g) => [g.status, g._count._all]));
}
