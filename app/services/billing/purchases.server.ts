import { randomUUID } from "node:crypto";
import type { AppPurchase } from "@prisma/client";
import { findTier, tierByPlan, type Tier } from "../../ledger";
import prisma from "../../db.server";
import * as clock from "../../clock.server";
import { env } from "../../env.server";
import { connectInTx } from "../connections.server";
import { creditPurchaseInTx } from "../ledger/purchases.server";
import { inShopTransaction, prismaSql, type Tx } from "../../lib/sql.server";
import { verifyOfferToken } from "../offers.server";
import type { AdminGraphql } from "../shops.server";
import { payQuoteFromPurchaseInTx } from "../quotes/custom.server";
import { recordEventInTx, type WebhookEventRef } from "../webhook-events.server";
import { createOneTimePurchase, toCents } from "./admin-purchases.server";
import { tierAmount } from "./plans.server";
import { fail, type Result } from "../../lib/result";

export type PurchaseStatus = "PENDING" | "ACTIVE" | "DECLINED" | "EXPIRED";
const FINAL: readonly string[] = ["ACTIVE", "DECLINED", "EXPIRED"];

export interface StartPurchaseInput {
  shopId: string;
  shopDomain: string;
  graphql: AdminGraphql;
  tier: string;
  offerToken?: string | null;
}

export type StartResult = Result<
  { purchaseId: string; confirmationUrl: string },
  "unknown_pack_tier" | "invalid_offer" | "expired_offer" | "billing_error"
>;

/**
 * Where Shopify sends the merchant after approving or declining: the app's purchase page inside
 * Shopify admin, built from configuration and our own purchase id, never from request input.
 */
export function purchaseReturnUrl(shopDomain: string, purchaseId: string): string {
  const store = shopDomain.replace(/\.myshopify\.com$/, "");
  return `https://admin.shopify.com/store/${store}/apps/${env.SHOPIFY_API_KEY}/app/purchases/${purchaseId}`;
}

/**
 * Which tier may be bought, and for whom: listed tiers by anyone; with a valid offer link, the
 * offered tier (even unlisted) or any listed tier, attributed to the offer's developer.
 */
export async function resolveSale(
  shopDomain: string,
  tierId: string,
  offerToken: string | null | undefined,
  now: Date,
): Promise<{ ok: true; tier: Tier; developerId: string | null } | Exclude<StartResult, { ok: true }>> {
  let developerId: string | null = null;
  let offered: Tier | null = null;
  if (offerToken) {
    const check = verifyOfferToken(offerToken, shopDomain, env.SHOPIFY_API_SECRET, now);
    if (!check.ok) return check;
    const developer = await prisma.developer.findUnique({ where: { id: check.offer.developerId } });
    if (!developer)
      return fail("invalid_offer", "This offer link's developer no longer exists. Choose a pack below.", {
        field: "offer",
      });
    developerId = developer.id;
    offered = check.offer.tier;
  }
  const tier = findTier(tierId);
  if (!tier || (!tier.listed && tier.id !== offered?.id))
    return fail("unknown_pack_tier", "Choose one of the packs shown on this page.", { field: "tier" });
  return { ok: true, tier, developerId };
}

/**
 * Creates the Shopify one-time purchase and records it as pending before the merchant is sent to
 * approve it, so that whichever confirmation arrives first finds its tier and attribution.
 */
export async function startPurchase(input: StartPurchaseInput, now = clock.now()): Promise<StartResult> {
  const sale = await resolveSale(input.shopDomain, input.tier, input.offerToken, now);
  if (!sale.ok) return sale;
  const id = randomUUID();
  const created = await createOneTimePurchase(input.graphql, {
    name: sale.tier.billingPlan,
    price: { amount: tierAmount(sale.tier), currencyCode: sale.tier.currencyCode },
    returnUrl: purchaseReturnUrl(input.shopDomain, id),
    test: env.BILLING_TEST,
  });
  if (!created.ok)
    return {
      ok: false,
      code: "billing_error",
      message: `Shopify could not start the purchase: ${created.message} Try again in a minute.`,
    };
  const { purchase } = created;
  await prisma.appPurchase.create({
    data: {
      id,
      shopId: input.shopId,
      shopifyPurchaseId: purchase.id,
      tier: sale.tier.id,
      priceCents: toCents(purchase.price.amount),
      currencyCode: purchase.price.currencyCode,
      test: purchase.test,
      developerId: sale.developerId,
      status: "PENDING",
      purchasedAt: purchase.createdAt,
    },
  });
  return { ok: true, purchaseId: id, confirmationUrl: created.confirmationUrl };
}

/** What Shopify reported about a purchase: from the Admin API, or a webhook's payload. */
export interface PurchaseReport {
  shopifyPurchaseId: string;
  status: string;
  /** Plan name and creation time, used only for a purchase we have no record of. */
  name?: string;
  createdAt?: Date;
  priceCents?: number;
  currencyCode?: string;
  test?: boolean;
}

export type RecordResult =
  | { ok: true; duplicate: boolean; purchase: AppPurchase | null; credited: boolean }
  | { ok: false; code: string; message: string };

/** Shopify's status in our terms; the deprecated ACCEPTED is not yet paid. */
export function normalizeStatus(status: string): PurchaseStatus | null {
  const upper = status.toUpperCase();
  if (upper === "ACCEPTED") return "PENDING";
  return ["PENDING", "ACTIVE", "DECLINED", "EXPIRED"].includes(upper) ? (upper as PurchaseStatus) : null;
}

/**
 * Applies a status report to a shop's purchase, once: ACTIVE credits the pack (at the purchase's
 * own creation time, so a late report changes nothing) or approves the custom quote it paid for,
 * DECLINED and EXPIRED close it (a quote stays pending), PENDING
 * changes nothing. Final states never change again. With `event`, a repeated webhook delivery is
 * acknowledged without effect, decided in the same transaction as the effect.
 */
export async function recordPurchaseStatus(
  shopId: string,
  report: PurchaseReport,
  at: Date,
  event?: WebhookEventRef,
): Promise<RecordResult> {
  const status = normalizeStatus(report.status);
  if (!status)
    return { ok: false, code: "invalid_input", message: `Unknown purchase status ${report.status}.` };
  return inShopTransaction(shopId, async (tx) => {
    if (event && !(await recordEventInTx(tx, shopId, event, at)))
      return { ok: true, duplicate: true, purchase: null, credited: false };
    const purchase = await findOrAdopt(tx, shopId, report);
    if (!purchase || FINAL.includes(purchase.status) || status === "PENDING")
      return { ok: true, duplicate: false, purchase, credited: false };
    if (status !== "ACTIVE") {
      const closed = await tx.appPurchase.update({
        where: { id: purchase.id },
        data: { status, resolvedAt: at },
      });
      return { ok: true, duplicate: false, purchase: closed, credited: false };
    }
    if (purchase.quoteId !== null) {
      const paid = await payQuoteFromPurchaseInTx(prismaSql(tx), purchase, at);
      const active = await tx.appPurchase.update({
        where: { id: purchase.id },
        data: { status: "ACTIVE", resolvedAt: at },
      });
      return { ok: true, duplicate: false, purchase: active, credited: paid };
    }
    if (purchase.tier === null) throw new Error(`Purchase ${purchase.id} buys neither a pack nor a quote`);
    const credit = await creditPurchaseInTx(prismaSql(tx), {
      shopId,
      shopifyPurchaseId: purchase.shopifyPurchaseId,
      tier: purchase.tier,
      paidAt: purchase.purchasedAt,
      developerId: purchase.developerId,
      priceCents: purchase.priceCents,
    });
    if (!credit.ok) throw new Error(`Purchase ${purchase.id} could not be credited: ${credit.message}`);
    if (purchase.developerId) await connectInTx(tx, shopId, purchase.developerId, "offer", at);
    const active = await tx.appPurchase.update({
      where: { id: purchase.id },
      data: { status: "ACTIVE", packId: credit.packId, resolvedAt: at },
    });
    return { ok: true, duplicate: false, purchase: active, credited: credit.created };
  });
}

// Our record of the purchase; one is created from Shopify's report when ours is missing (the
// mutation succeeded but recording it did not), so that money paid always becomes hours.
async function findOrAdopt(tx: Tx, shopId: string, report: PurchaseReport) {
  const found = await tx.appPurchase.findUnique({
    where: { shopId_shopifyPurchaseId: { shopId, shopifyPurchaseId: report.shopifyPurchaseId } },
  });
  if (found) return found;
  const tier = report.name ? tierByPlan(report.name) : undefined;
  if (!tier || !report.createdAt) return null;
  // Purchase ids are global: one recorded for another shop is never adopted here.
  const elsewhere = await tx.appPurchase.findFirst({
    where: { shopifyPurchaseId: report.shopifyPurchaseId },
    select: { id: true },
  });
  if (elsewhere) return null;
  return tx.appPurchase.create({
    data: {
      shopId,
      shopifyPurchaseId: report.shopifyPurchaseId,
      tier: tier.id,
      priceCents: report.priceCents ?? tier.priceCents,
      currencyCode: report.currencyCode ?? tier.currencyCode,
      test: report.test ?? false,
      status: "PENDING",
      purchasedAt: report.createdAt,
    },
  });
}
