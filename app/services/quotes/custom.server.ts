// Custom quotes (POLICY.md "Paying a quote with money"): the merchant pays a pending quote
// outright; it draws nothing from packs, and its developer is paid the quoted hours.
import { randomUUID } from "node:crypto";
import type { AppPurchase, Quote } from "@prisma/client";
import { checkQuoteAction, customQuotePriceCents, customQuoteSettlement } from "../../ledger";
import { isUuid } from "../../lib/ids";
import { fail, type Result } from "../../lib/result";
import { changeQuoteInTx, type QuoteChange } from "./change.server";
import { inLedgerTransaction, ledgerSql, type Sql } from "../../lib/sql.server";
import { queueSettlementEmails } from "../email/triggers.server";
import * as events from "./events.server";
import {
  insertPaidAtOncePurchase,
  insertQuoteSettlement,
  quoteInShop,
  quotePolicyOf,
} from "./quotes.sql.server";

/** What paying a pending quote costs now: estimate hours x the shop's custom-quote rate. */
export interface QuoteOffer {
  quote: Pick<Quote, "id" | "title" | "estimateMinutes">;
  priceCents: number;
  rateCents: number;
}

/** The price of paying a shop's pending quote outright, or why it cannot be paid. */
export async function quoteOffer(
  shopId: string,
  quoteId: string,
  sql: Sql = ledgerSql(),
): Promise<Result<QuoteOffer>> {
  if (!isUuid(quoteId)) return notFound();
  const quote = await quoteInShop(sql, shopId, quoteId);
  if (!quote) return notFound();
  const allowed = checkQuoteAction(quote, "pay");
  if (!allowed.ok) return allowed;
  const { customQuoteRateCents: rateCents } = await quotePolicyOf(sql, shopId);
  return {
    ok: true,
    quote: { id: quote.id, title: quote.title, estimateMinutes: quote.estimateMinutes },
    priceCents: customQuotePriceCents(quote.estimateMinutes, rateCents),
    rateCents,
  };
}

export interface QuotePayment {
  shopId: string;
  /** The AppPurchase that pays it. */
  purchaseId: string;
  quoteId: string;
  /** The estimate the purchase was priced on: a quote changed since then is not approved by it. */
  estimateMinutes: number;
  priceCents: number;
  /** When the merchant paid (the purchase's createdAt). */
  paidAt: Date;
}

/**
 * Approves a pending quote as paid with money, inside the caller's transaction (which holds the
 * shop's ledger lock): nothing is held, the price is kept, and its developer is told.
 */
export function payQuoteInTx(sql: Sql, payment: QuotePayment, at: Date): Promise<QuoteChange> {
  const { shopId, quoteId } = payment;
  return changeQuoteInTx(sql, { shopId, quoteId, at, action: "pay", then: events.quotePaid }, (quote) =>
    quote.estimateMinutes !== payment.estimateMinutes
      ? fail(
          "invalid_state",
          "The quote's estimate changed after the payment started, so the payment does not approve it.",
        )
      : {
          plan: null,
          data: {
            status: "approved",
            paidWith: "money",
            priceCents: payment.priceCents,
            paidAt: payment.paidAt,
            paymentId: payment.purchaseId,
            approvedAt: at,
          },
        },
  );
}

/**
 * Approves the quote an ACTIVE custom-quote purchase paid for, inside the purchase's transaction;
 * false when the quote no longer accepts it (withdrawn, declined, approved against hours or paid
 * already meanwhile, or re-estimated): the money was taken and is the company's to refund, so
 * the purchase is logged for it.
 */
export async function payQuoteFromPurchaseInTx(sql: Sql, purchase: AppPurchase, at: Date): Promise<boolean> {
  if (purchase.quoteId === null || purchase.estimateMinutes === null)
    throw new Error(`Purchase ${purchase.id} is not a custom quote's`);
  const paid = await payQuoteInTx(
    sql,
    {
      shopId: purchase.shopId,
      purchaseId: purchase.id,
      quoteId: purchase.quoteId,
      estimateMinutes: purchase.estimateMinutes,
      priceCents: purchase.priceCents,
      paidAt: purchase.purchasedAt,
    },
    at,
  );
  if (paid.ok) return true;
  process.stderr.write(
    `${JSON.stringify({
      time: at.toISOString(),
      level: "error",
      event: "custom_quote_payment_unapplied",
      shopId: purchase.shopId,
      purchaseId: purchase.id,
      shopifyPurchaseId: purchase.shopifyPurchaseId,
      quoteId: purchase.quoteId,
      reason: paid.message,
      action: "Refund this purchase to the merchant.",
    })}\n`,
  );
  return false;
}

/**
 * Pays a pending quote outright at once, without Shopify (the simulator's `pay_quote`, demo data):
 * its purchase is recorded ACTIVE and the quote approved in one transaction, as if Shopify had
 * confirmed a payment made at `at`.
 */
export function payQuoteAtOnce(shopId: string, quoteId: string, at: Date): Promise<QuoteChange> {
  return inLedgerTransaction([shopId], async (sql) => {
    const offer = await quoteOffer(shopId, quoteId, sql);
    if (!offer.ok) return offer;
    const purchaseId = randomUUID();
    const { estimateMinutes } = offer.quote;
    const paid = await payQuoteInTx(
      sql,
      { shopId, purchaseId, quoteId, estimateMinutes, priceCents: offer.priceCents, paidAt: at },
      at,
    );
    if (!paid.ok) return paid;
    await insertPaidAtOncePurchase(sql, {
      shopId,
      purchaseId,
      quoteId,
      estimateMinutes,
      priceCents: offer.priceCents,
      at,
    });
    return paid;
  });
}

/** Records a completed custom quote's settlement: the quoted hours, to its developer. */
export async function settleCustomQuote(sql: Sql, quote: Quote, at: Date): Promise<void> {
  const settlement = customQuoteSettlement(quote.estimateMinutes);
  const inserted = await insertQuoteSettlement(sql, quote, settlement, at);
  await queueSettlementEmails(sql, inserted);
}

function notFound() {
  return fail("not_found", "No such quote in this shop. Check the link, or open the quote from the list.");
}
