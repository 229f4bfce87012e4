// Paying a quote outright (a custom quote) through Shopify: the same one-time purchase path as a
// pack (docs/decisions/010, 070). The purchase records the quote and the estimate it was priced
// on; recordPurchaseStatus approves the quote when Shopify reports it ACTIVE.
import { randomUUID } from "node:crypto";
import prisma from "../../db.server";
import { env } from "../../env.server";
import { fail, type Result } from "../../lib/result";
import { quoteOffer } from "../quotes/custom.server";
import type { AdminGraphql } from "../shops.server";
import { createOneTimePurchase, toCents } from "./admin-purchases.server";
import { purchaseReturnUrl } from "./purchases.server";

/** Shopify shows a purchase's name on its approval page and the merchant's bill: kept short. */
const MAX_NAME_LENGTH = 100;

export interface PendingQuotePurchase {
  shopId: string;
  quoteId: string;
  shopifyPurchaseId: string;
  estimateMinutes: number;
  priceCents: number;
  currencyCode: string;
  test: boolean;
  purchasedAt: Date;
}

/** The name of a custom quote's purchase, as Shopify shows it: "Custom quote: <title>". */
export function quotePurchaseName(title: string): string {
  const name = `Custom quote: ${title}`;
  return name.length > MAX_NAME_LENGTH ? `${name.slice(0, MAX_NAME_LENGTH - 1)}…` : name;
}

/** Records a custom quote's purchase as pending, before the merchant approves it; returns its id. */
export async function recordQuotePurchase(purchase: PendingQuotePurchase, id: string = randomUUID()) {
  await prisma.appPurchase.create({ data: { id, ...purchase, status: "PENDING" } });
  return id;
}

export type StartQuotePurchase = Result<{ purchaseId: string; confirmationUrl: string }>;

/**
 * Creates the Shopify one-time purchase that pays a pending quote (estimate x the custom-quote
 * rate) and records it as pending before the merchant is sent to approve it.
 */
export async function startQuotePurchase(input: {
  shopId: string;
  shopDomain: string;
  graphql: AdminGraphql;
  quoteId: string;
}): Promise<StartQuotePurchase> {
  const offer = await quoteOffer(input.shopId, input.quoteId);
  if (!offer.ok) return offer;
  const id = randomUUID();
  const created = await createOneTimePurchase(input.graphql, {
    name: quotePurchaseName(offer.quote.title),
    price: { amount: offer.priceCents / 100, currencyCode: "USD" },
    returnUrl: purchaseReturnUrl(input.shopDomain, id),
    test: env.BILLING_TEST,
  });
  if (!created.ok)
    return fail(
      "billing_error",
      `Shopify could not start the payment: ${created.message} Try again in a minute.`,
    );
  const { purchase } = created;
  await recordQuotePurchase(
    {
      shopId: input.shopId,
      quoteId: offer.quote.id,
      shopifyPurchaseId: purchase.id,
      estimateMinutes: offer.quote.estimateMinutes,
      priceCents: toCents(purchase.price.amount),
      currencyCode: purchase.price.currencyCode,
      test: purchase.test,
      purchasedAt: purchase.createdAt,
    },
    id,
  );
  return { ok: true, purchaseId: id, confirmationUrl: created.confirmationUrl };
}
