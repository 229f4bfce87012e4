import prisma from "../../db.server";
import {
  completeQuote,
  createQuote,
  toMinutes,
  withdrawQuote as withdrawLedgerQuote,
} from "./commands.server";
import { isUuid } from "../../lib/ids";
import { connectedShop, visibleQuotes } from "../developers/access.server";
import { fail, notYours, type Result } from "../../lib/result";
import { hours } from "../../lib/format";

/** The smallest estimate a quote may carry. */
export const MIN_ESTIMATE_MINUTES = 15;

export interface QuoteFields {
  title: string;
  description: string;
  /** Whole minutes, at least 15. */
  estimateMinutes: number;
}

function checkFields(fields: QuoteFields): Result<{ minutes: number; title: string }> {
  const title = fields.title.trim();
  if (title.length === 0 || title.length > 200)
    return fail("invalid_input", "Give the quote a title (1 to 200 characters).", { field: "title" });
  if (fields.description.length > 5000)
    return fail("invalid_input", "Shorten the description to 5,000 characters or fewer.", {
      field: "description",
    });
  const estimate = toMinutes({ minutes: fields.estimateMinutes });
  if (!estimate.ok) return fail("invalid_hours", estimate.message, { field: "estimateHours" });
  if (estimate.minutes < MIN_ESTIMATE_MINUTES)
    return fail("invalid_hours", "Estimate at least 0.25 h (15 minutes).", { field: "estimateHours" });
  return { ok: true, minutes: estimate.minutes, title };
}

/** Creates a pending quote for a store this developer is connected to. */
export async function createDeveloperQuote(
  developerId: string,
  shopId: string,
  fields: QuoteFields,
  now: Date,
): Promise<Result<{ quoteId: string }>> {
  const checked = checkFields(fields);
  if (!checked.ok) return checked;
  if (!(await connectedShop(developerId, shopId))) return notYours("store");
  const created = await createQuote(
    {
      shopId,
      developerId,
      title: checked.title,
      description: fields.description,
      estimate: { minutes: checked.minutes },
    },
    now,
  );
  if (!created.ok) return fail("invalid_input", created.message);
  return { ok: true, quoteId: created.quote.id };
}

// How long a payment the merchant started keeps the quote from changing: Shopify expires an
// unapproved purchase after 2 days.
const PAYMENT_WAIT_MS = 2 * 24 * 60 * 60 * 1000;

const PAYMENT_WAITING =
  "The merchant is paying for this quote at Shopify; it cannot change until the payment is approved or declined (at most 2 days).";

/** Changes a quote while it is still pending (not yet approved, paid for or declined). */
export async function updatePendingQuote(
  developerId: string,
  quoteId: string,
  fields: QuoteFields,
  now: Date,
): Promise<Result> {
  const checked = checkFields(fields);
  if (!checked.ok) return checked;
  if (!isUuid(quoteId)) return notYours("quote");
  // One guarded statement: the merchant may approve the quote, or start paying it, at the same moment.
  const updated = await prisma.quote.updateMany({
    where: {
      id: quoteId,
      status: "pending",
      ...visibleQuotes(developerId),
      purchases: { none: paymentWaiting(now) },
    },
    data: { title: checked.title, description: fields.description.trim(), estimateMinutes: checked.minutes },
  });
  if (updated.count === 1) return { ok: true };
  return stateOrMissing(developerId, quoteId, "edited");
}

/**
 * Withdraws a quote through the ledger's withdraw: declined while pending, cancelled (its hold
 * released) once approved. A paid custom quote, or one the merchant is paying, cannot be withdrawn.
 */
export async function withdrawQuote(developerId: string, quoteId: string, now: Date): Promise<Result> {
  const quote = await findVisible(developerId, quoteId);
  if (!quote) return notYours("quote");
  if (
    await prisma.appPurchase.count({
      where: { shopId: quote.shopId, quoteId: quote.id, ...paymentWaiting(now) },
    })
  )
    return fail("invalid_state", PAYMENT_WAITING);
  const result = await withdrawLedgerQuote(quote.shopId, quote.id, now);
  return result.ok ? { ok: true } : result;
}

function paymentWaiting(now: Date) {
  return { status: "PENDING", purchasedAt: { gt: new Date(now.getTime() - PAYMENT_WAIT_MS) } };
}

/**
 * Completes an approved quote with the actual time, which the ledger deducts (or, above the
 * merchant's overrun tolerance, leaves for the merchant to approve; a custom quote charges
 * nothing). When the store is short of hours nothing changes and the message says what the
 * merchant must do.
 */
export async function completeDeveloperQuote(
  developerId: string,
  quoteId: string,
  actualMinutes: number,
  now: Date,
  note = "",
): Promise<Result<{ status: string }>> {
  const actual = toMinutes({ minutes: actualMinutes });
  if (!actual.ok) return fail("invalid_hours", actual.message, { field: "actualHours" });
  const quote = await findVisible(developerId, quoteId);
  if (!quote) return notYours("quote");
  const result = await completeQuote(quote.shopId, quote.id, { minutes: actual.minutes }, now, note);
  if (result.ok) return { ok: true, status: result.quote.status };
  if (result.code === "insufficient_hours") {
    const missing = result.missingMinutes ?? 0;
    return fail(
      "insufficient_hours",
      `The store is ${hours(missing)} short for ${hours(actual.minutes)} ` +
        `(${hours(result.availableMinutes ?? 0)} available besides this quote's hold). Nothing was ` +
        `charged. Ask the merchant to buy a pack (send an offer link from Clients), then complete again.`,
    );
  }
  return result;
}

async function findVisible(developerId: string, quoteId: string) {
  if (!isUuid(quoteId)) return null;
  return prisma.quote.findFirst({
    where: { id: quoteId, ...visibleQuotes(developerId) },
    select: { id: true, shopId: true, status: true },
  });
}

async function stateOrMissing(developerId: string, quoteId: string, verb: string): Promise<Result> {
  const quote = await findVisible(developerId, quoteId);
  if (!quote) return notYours("quote");
  if (quote.status === "pending") return fail("invalid_state", PAYMENT_WAITING);
  return fail("invalid_state", `This quote is ${quote.status}; only pending quotes can be ${verb}.`);
}
