import prisma from "../db.server";
import type { Tx } from "../lib/sql.server";

/**
 * A webhook delivery's identity: the event id (the same on every retry, but an unsigned header)
 * and the key of its signed body (the same under any headers).
 */
export interface WebhookEventRef {
  id: string;
  topic: string;
  bodyKey: string;
}

/**
 * Records a delivery inside the caller's transaction; false when it was already handled, under
 * the same event id or with the same signed body. Called first in the transaction of the
 * webhook's effect, so that effect and record commit together or not at all.
 */
export async function recordEventInTx(
  tx: Tx,
  shopId: string,
  event: WebhookEventRef,
  at: Date,
): Promise<boolean> {
  const inserted = await tx.webhookEvent.createMany({
    data: [{ shopId, eventId: event.id, bodyKey: event.bodyKey, topic: event.topic, receivedAt: at }],
    skipDuplicates: true,
  });
  return inserted.count === 1;
}

/** The shop recorded for a webhook's shop domain, with its Shopify id; null for one we never recorded. */
export function shopForWebhook(domain: string) {
  return prisma.shop.findUnique({ where: { domain }, select: { id: true, shopifyGid: true } });
}

/**
 * Whether a purchase webhook may act on `shop`: "other" when our record of the purchase belongs to
 * another shop, or the payload's shop id is not this shop's; "same" when our record is this shop's
 * or, for a purchase we have no record of, when the payload's shop id is this shop's recorded one;
 * "unknown" otherwise (nothing signed says whose purchase it is).
 */
export async function purchaseShop(
  shop: { id: string; shopifyGid: string | null },
  purchaseGid: string,
  namedShopGid: string | undefined,
): Promise<"same" | "other" | "unknown"> {
  const recorded = await prisma.appPurchase.findFirst({
    where: { shopifyPurchaseId: purchaseGid },
    select: { shopId: true },
  });
  if (recorded && recorded.shopId !== shop.id) return "other";
  if (namedShopGid && shop.shopifyGid && namedShopGid !== shop.shopifyGid) return "other";
  if (recorded) return "same";
  return namedShopGid && namedShopGid === shop.shopifyGid ? "same" : "unknown";
}
