import type { AppPurchase } from "@prisma/client";
import prisma from "../../db.server";
import { isUuid } from "../../lib/ids";
import type { AdminGraphql } from "../shops.server";
import { readOneTimePurchase } from "./admin-purchases.server";
import { recordPurchaseStatus } from "./purchases.server";

/** A shop's purchase by our id; null for another shop's or an unknown id. */
export async function findShopPurchase(shopId: string, purchaseId: string): Promise<AppPurchase | null> {
  if (!isUuid(purchaseId)) return null;
  return prisma.appPurchase.findFirst({ where: { id: purchaseId, shopId } });
}

/**
 * The custom quote a shop's purchase pays for, and whether this purchase is the one that
 * approved it; null for another shop's or an unknown quote.
 */
export async function paidQuote(shopId: string, quoteId: string, purchaseId: string) {
  const quote = await prisma.quote.findFirst({
    where: { id: quoteId, shopId },
    select: { id: true, title: true, paymentId: true },
  });
  if (!quote) return null;
  return { id: quote.id, title: quote.title, approvedByThisPayment: quote.paymentId === purchaseId };
}

/**
 * The purchase as it is now, for the page Shopify returns the merchant to: a pending one is read
 * from Shopify first (node(id:)) and credited when ACTIVE, once, like the webhook would.
 */
export async function confirmPurchase(
  shopId: string,
  purchaseId: string,
  graphql: AdminGraphql,
  now: Date,
): Promise<AppPurchase | null> {
  const purchase = await findShopPurchase(shopId, purchaseId);
  if (!purchase || purchase.status !== "PENDING") return purchase;
  const found = await readOneTimePurchase(graphql, purchase.shopifyPurchaseId);
  if (!found) return purchase;
  const result = await recordPurchaseStatus(
    shopId,
    { shopifyPurchaseId: found.id, status: found.status },
    now,
  );
  return result.ok && result.purchase ? result.purchase : purchase;
}
