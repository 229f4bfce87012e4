import { formatHours } from "../../ledger";
import prisma from "../../db.server";
import { cancelQuote, completeQuote, createQuote, toMinutes } from "../ledger/quotes.server";
import { isUuid } from "../../lib/ids";
import { connectedShop, visibleQuotes } from "./access.server";
import { fail, notFound, type PortalResult } from "./result";

/** The smallest estimate a quote may carry. */
export const MIN_ESTIMATE_MINUTES = 15;

export interface QuoteFields {
  title: string;
  description: string;
  /** Whole minutes, at least 15. */
  estimateMinutes: number;
}

function checkFields(fields: QuoteFields): PortalResult<{ minutes: number; title: string }> {
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
): Promise<PortalResult<{ quoteId: string }>> {
  const checked = checkFields(fields);
  if (!checked.ok) return checked;
  if (!(await connectedShop(developerId, shopId))) return notFound("store");
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

/** Changes a quote while it is still pending (not yet approved or declined). */
export async function updatePendingQuote(
  developerId: string,
  quoteId: string,
  fields: QuoteFields,
): Promise<PortalResult> {
  const checked = checkFields(fields);
  if (!checked.ok) return checked;
  if (!isUuid(quoteId)) return notFound("quote");
  // One guarded statement: the merchant may approve the quote at the same moment.
  const updated = await prisma.quote.updateMany({
    where: { id: quoteId, status: "pending", ...visibleQuotes(developerId) },
    data: { title: checked.title, description: fields.description.trim(), estimateMinutes: checked.minutes },
  });
  if (updated.count === 1) return { ok: true };
  return stateOrMissing(developerId, quoteId, "edited");
}

/** Withdraws a pending or approved quote (an approved quote's hold is released). */
export async function withdrawQuote(developerId: string, quoteId: string, now: Date): Promise<PortalResult> {
  const quote = await findVisible(developerId, quoteId);
  if (!quote) return notFound("quote");
  const result = await cancelQuote(quote.shopId, quote.id, now);
  if (result.ok) return { ok: true };
  if (result.code === "invalid_state")
    return fail(
      "invalid_state",
      `This quote is ${quote.status}; only pending or approved quotes can be withdrawn.`,
    );
  return fail("invalid_input", result.message);
}

/**
 * Completes an approved quote with the actual time, which the ledger deducts. When the store is
 * short of hours nothing changes and the message says what the merchant must do.
 */
export async function completeDeveloperQuote(
  developerId: string,
  quoteId: string,
  actualMinutes: number,
  now: Date,
): Promise<PortalResult> {
  const actual = toMinutes({ minutes: actualMinutes });
  if (!actual.ok) return fail("invalid_hours", actual.message, { field: "actualHours" });
  const quote = await findVisible(developerId, quoteId);
  if (!quote) return notFound("quote");
  const result = await completeQuote(quote.shopId, quote.id, { minutes: actual.minutes }, now);
  if (result.ok) return { ok: true };
  if (result.code === "insufficient_hours") {
    const missing = result.missingMinutes ?? 0;
    return fail(
      "insufficient_hours",
      `The store is ${formatHours(missing)} short for ${formatHours(actual.minutes)} ` +
        `(${formatHours(result.availableMinutes ?? 0)} available besides this quote's hold). Nothing was ` +
        `charged. Ask the merchant to buy a pack (send an offer link from Clients), then complete again.`,
    );
  }
  if (result.code === "invalid_state")
    return fail("invalid_state", `This quote is ${quote.status}; only approved quotes can be completed.`);
  return fail("invalid_input", result.message);
}

async function findVisible(developerId: string, quoteId: string) {
  if (!isUuid(quoteId)) return null;
  return prisma.quote.findFirst({
    where: { id: quoteId, ...visibleQuotes(developerId) },
    select: { id: true, shopId: true, status: true },
  });
}

async function stateOrMissing(developerId: string, quoteId: string, verb: string): Promise<PortalResult> {
  const quote = await findVisible(developerId, quoteId);
  if (!quote) return notFound("quote");
  return fail("invalid_state", `This quote is ${quote.status}; only pending quotes can be ${verb}.`);
}
