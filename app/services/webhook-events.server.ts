import prisma from "../db.server";
import type { Tx } from "./ledger/transaction.server";

/** A webhook delivery's identity: the event id (the same on every retry) and its topic. */
export interface WebhookEventRef {
  id: string;
  topic: string;
}

/** The dedupe key of a delivery: X-Shopify-Event-Id, or the webhook id when Shopify sends none. */
export function eventRef(context: { topic: string; webhookId: string; eventId?: string }): WebhookEventRef {
  return { id: context.eventId ?? context.webhookId, topic: context.topic };
}

/**
 * Records a delivery inside the caller's transaction; false when the same event was already
 * handled. Called first in the transaction of the webhook's effect, so that effect and record
 * commit together or not at all.
 */
export async function recordEventInTx(
  tx: Tx,
  shopId: string,
  event: WebhookEventRef,
  at: Date,
): Promise<boolean> {
  const inserted = await tx.webhookEvent.createMany({
    data: [{ shopId, eventId: event.id, topic: event.topic, receivedAt: at }],
    skipDuplicates: true,
  });
  return inserted.count === 1;
}

/** The shop's id for a webhook's shop domain; null for a shop we never recorded. */
export async function shopIdForDomain(domain: string): Promise<string | null> {
  const shop = await prisma.shop.findUnique({ where: { domain }, select: { id: true } });
  return shop?.id ?? null;
}
