import type { Quote } from "@prisma/client";
import { completionOf, hoursToMinutes, planApprove, planComplete, planRelease } from "../../ledger";
import prisma from "../../db.server";
import { queueQuoteEmail } from "../email/triggers.server";
import { settleCustomQuote } from "./custom.server";
import * as events from "./events.server";
import { changeQuote, type QuoteChange } from "./change.server";
import { prismaSql } from "../../lib/sql.server";
import { fail, type Result } from "../../lib/result";

export type { QuoteStatus } from "./change.server";

export interface CreateQuoteInput {
  shopId: string;
  developerId?: string | null;
  title: string;
  description?: string;
  /** Whole minutes, or hours that convert to whole minutes (1.25 h ok, 1.33 h refused). */
  estimate: { minutes: number } | { hours: number | string };
  /** An optional caller key, unique per shop (the simulator's quote ids). */
  reference?: string;
}

/** Parses an estimate or actual time given in minutes or hours into whole minutes. */
export function toMinutes(
  value: { minutes: number } | { hours: number | string },
): Result<{ minutes: number }> {
  if ("minutes" in value) {
    return Number.isInteger(value.minutes) && value.minutes > 0
      ? { ok: true, minutes: value.minutes }
      : fail("invalid_hours", `Minutes must be a whole number above 0 (got ${value.minutes}).`);
  }
  const parsed = hoursToMinutes(value.hours);
  return parsed.ok ? { ok: true, minutes: parsed.minutes } : fail("invalid_hours", parsed.message);
}

/** Creates a pending quote for a shop. */
export async function createQuote(input: CreateQuoteInput, at: Date): Promise<Result<{ quote: Quote }>> {
  const title = input.title.trim();
  if (title.length === 0 || title.length > 200)
    return fail("invalid_input", "title is required (1 to 200 characters).");
  const estimate = toMinutes(input.estimate);
  if (!estimate.ok) return estimate;
  if (input.reference !== undefined) {
    const taken = await prisma.quote.findUnique({
      where: { shopId_reference: { shopId: input.shopId, reference: input.reference } },
      select: { id: true },
    });
    if (taken)
      return fail(
        "invalid_input",
        `A quote with reference "${input.reference}" already exists. Use another.`,
      );
  }
  // The merchant's "quote waiting" email is queued with the quote: both or neither.
  const quote = await prisma.$transaction(async (tx) => {
    const created = await tx.quote.create({
      data: {
        shopId: input.shopId,
        developerId: input.developerId ?? null,
        title,
        description: input.description?.trim() ?? "",
        estimateMinutes: estimate.minutes,
        reference: input.reference ?? null,
        createdAt: at,
      },
    });
    await queueQuoteEmail(prismaSql(tx), created);
    return created;
  });
  return { ok: true, quote };
}

/** Approves a pending quote: holds its estimate on the available minutes, or says how many are missing. */
export function approveQuote(shopId: string, quoteId: string, at: Date): Promise<QuoteChange> {
  return changeQuote({ shopId, quoteId, at, action: "approve" }, (quote, { packs }) => ({
    plan: planApprove(packs, quote.id, quote.estimateMinutes, at),
    data: { status: "approved", paidWith: "hours", approvedAt: at },
  }));
}

/** Declines a pending quote, with an optional reason. Nothing was held, so nothing moves. */
export function declineQuote(
  shopId: string,
  quoteId: string,
  at: Date,
  reason?: string,
): Promise<QuoteChange> {
  const declineReason = reason?.trim() ? reason.trim().slice(0, 1000) : null;
  return changeQuote({ shopId, quoteId, at, action: "decline" }, () => ({
    plan: null,
    data: { status: "declined", declineReason, closedAt: at },
  }));
}

/** Cancels a quote approved against hours, releasing its hold (released minutes follow their pack). */
export function cancelQuote(shopId: string, quoteId: string, at: Date): Promise<QuoteChange> {
  return changeQuote(
    { shopId, quoteId, at, action: "cancel", needsHolds: true },
    (quote, { packs, holds, shop }) => ({
      plan: planRelease(packs, holds, quote.id, at, shop.policy, shop.timeZone),
      data: { status: "cancelled", closedAt: at },
    }),
  );
}

/**
 * Its developer withdraws a quote: declined while pending, cancelled (its hold released) once
 * approved against hours. A paid custom quote cannot be withdrawn.
 */
export function withdrawQuote(shopId: string, quoteId: string, at: Date): Promise<QuoteChange> {
  return changeQuote(
    { shopId, quoteId, at, action: "withdraw", needsHolds: true },
    (quote, { packs, holds, shop }) =>
      quote.status === "pending"
        ? { plan: null, data: { status: "declined", closedAt: at, withdrawnAt: at } }
        : {
            plan: planRelease(packs, holds, quote.id, at, shop.policy, shop.timeZone),
            data: { status: "cancelled", closedAt: at, withdrawnAt: at },
          },
  );
}

/**
 * Completes an approved quote with the actual time. Against hours: the actual is charged (held
 * minutes first, then available ones), unless it is above the merchant's overrun tolerance, when
 * the quote waits for the merchant with its hold. A custom quote charges nothing and settles the
 * quoted hours to its developer.
 */
export function completeQuote(
  shopId: string,
  quoteId: string,
  actual: { minutes: number } | { hours: number | string },
  at: Date,
  note?: string,
): Promise<QuoteChange> {
  const minutes = toMinutes(actual);
  if (!minutes.ok) return Promise.resolve(minutes);
  const actualMinutes = minutes.minutes;
  const reported = { actualMinutes, submittedAt: at, completionNote: note?.trim() ? note.trim() : null };
  return changeQuote(
    {
      shopId,
      quoteId,
      at,
      action: "complete",
      needsHolds: true,
      needsPolicy: true,
      then: (sql, quote) => {
        if (quote.status === "awaiting_approval") return events.overrunAwaitingApproval(sql, quote);
        return quote.paidWith === "money" ? settleCustomQuote(sql, quote, at) : Promise.resolve();
      },
    },
    (quote, { packs, holds, shop, policy }) => {
      const completion = completionOf(quote, actualMinutes, policy?.overrunTolerancePercent ?? null);
      if (completion.kind === "awaiting_approval")
        return { plan: null, data: { status: "awaiting_approval", ...reported } };
      if (completion.kind === "custom")
        return { plan: null, data: { status: "completed", chargedMinutes: 0, closedAt: at, ...reported } };
      return {
        plan: planComplete(packs, holds, quote.id, actualMinutes, at, shop.policy, shop.timeZone),
        data: { status: "completed", chargedMinutes: actualMinutes, closedAt: at, ...reported },
      };
    },
  );
}
