import type { Quote } from "@prisma/client";
import { hoursToMinutes, planApprove, planComplete, planRelease, type EntryPlan } from "../../ledger";
import prisma from "../../db.server";
import { loadHoldParts } from "./packs-store.server";
import { persistPlan } from "./persist.server";
import { fail, type ServiceFailure, type ServiceResult } from "./result";
import { shopContext, type ShopContext } from "./shop-context.server";
import { applyTimeInTx } from "./time.server";
import { inShopTransaction, type Tx } from "./transaction.server";

export type QuoteStatus = "pending" | "approved" | "declined" | "cancelled" | "completed";

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
): ServiceResult<{ minutes: number }> {
  if ("minutes" in value) {
    return Number.isInteger(value.minutes) && value.minutes > 0
      ? { ok: true, minutes: value.minutes }
      : fail("invalid_hours", `Minutes must be a whole number above 0 (got ${value.minutes}).`);
  }
  const parsed = hoursToMinutes(value.hours);
  return parsed.ok ? { ok: true, minutes: parsed.minutes } : fail("invalid_hours", parsed.message);
}

/** Creates a pending quote for a shop. */
export async function createQuote(
  input: CreateQuoteInput,
  at: Date,
): Promise<ServiceResult<{ quote: Quote }>> {
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
  const quote = await prisma.quote.create({
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
  return { ok: true, quote };
}

type QuoteChange = ServiceResult<{ quote: Quote }>;

/** Approves a pending quote: holds its estimate on the available minutes, or says how many are missing. */
export function approveQuote(shopId: string, quoteId: string, at: Date): Promise<QuoteChange> {
  return changeQuote(shopId, quoteId, at, ["pending"], "approve", async (tx, shop, quote, packs) => {
    const plan = planApprove(packs, quote.id, quote.estimateMinutes, at);
    return afterPlan(tx, shop, quote, packs, plan, at, { status: "approved", approvedAt: at });
  });
}

/** Declines a pending quote, with an optional reason. Nothing was held, so nothing moves. */
export function declineQuote(
  shopId: string,
  quoteId: string,
  at: Date,
  reason?: string,
): Promise<QuoteChange> {
  const declineReason = reason?.trim() ? reason.trim().slice(0, 1000) : null;
  return changeQuote(shopId, quoteId, at, ["pending"], "decline", async (tx, _shop, quote) => {
    const updated = await tx.quote.update({
      where: { id: quote.id },
      data: { status: "declined", declineReason, closedAt: at },
    });
    return { ok: true, quote: updated };
  });
}

/** Cancels a pending or approved quote, releasing any hold (released minutes follow their pack). */
export function cancelQuote(shopId: string, quoteId: string, at: Date): Promise<QuoteChange> {
  return changeQuote(
    shopId,
    quoteId,
    at,
    ["pending", "approved"],
    "cancel",
    async (tx, shop, quote, packs) => {
      const parts = await loadHoldParts(tx, shopId, quote.id);
      const plan = planRelease(packs, parts, quote.id, at, shop.policy, shop.timeZone);
      return afterPlan(tx, shop, quote, packs, plan, at, { status: "cancelled", closedAt: at });
    },
  );
}

/** Completes an approved quote, charging the actual time: held minutes first, then available ones. */
export function completeQuote(
  shopId: string,
  quoteId: string,
  actual: { minutes: number } | { hours: number | string },
  at: Date,
): Promise<QuoteChange> {
  const minutes = toMinutes(actual);
  if (!minutes.ok) return Promise.resolve(minutes);
  return changeQuote(shopId, quoteId, at, ["approved"], "complete", async (tx, shop, quote, packs) => {
    const parts = await loadHoldParts(tx, shopId, quote.id);
    const plan = planComplete(packs, parts, quote.id, minutes.minutes, at, shop.policy, shop.timeZone);
    return afterPlan(tx, shop, quote, packs, plan, at, {
      status: "completed",
      actualMinutes: minutes.minutes,
      closedAt: at,
    });
  });
}

type Step = (
  tx: Tx,
  shop: ShopContext,
  quote: Quote,
  packs: Awaited<ReturnType<typeof applyTimeInTx>>["packs"],
) => Promise<QuoteChange>;

// Loads the quote inside the shop's transaction, applies time first, checks the status, runs the step.
async function changeQuote(
  shopId: string,
  quoteId: string,
  at: Date,
  allowed: QuoteStatus[],
  verb: string,
  step: Step,
): Promise<QuoteChange> {
  if (!isUuid(quoteId)) return notFound();
  return inShopTransaction(shopId, async (tx) => {
    const quote = await tx.quote.findFirst({ where: { id: quoteId, shopId } });
    if (!quote) return notFound();
    if (!allowed.includes(quote.status as QuoteStatus)) {
      return fail(
        "invalid_state",
        `This quote is ${quote.status}; only ${allowed.join(" or ")} quotes can be ${verb === "cancel" ? "cancelled" : `${verb}d`}.`,
      );
    }
    const shop = await shopContext(tx, shopId);
    if (!shop) return notFound();
    const { packs } = await applyTimeInTx(tx, shop, at);
    return step(tx, shop, quote, packs);
  });
}

async function afterPlan(
  tx: Tx,
  shop: ShopContext,
  quote: Quote,
  packs: Parameters<Step>[3],
  plan: EntryPlan,
  at: Date,
  data: Partial<Quote>,
): Promise<QuoteChange> {
  if (!plan.ok) return failureOf(plan);
  await persistPlan(tx, packs, plan, { shopId: shop.id, at });
  // Releases and usage can make a settlement final at once (exhausted, or its window closed).
  await applyTimeInTx(tx, shop, at);
  const updated = await tx.quote.update({ where: { id: quote.id }, data });
  return { ok: true, quote: updated };
}

function failureOf(plan: Exclude<EntryPlan, { ok: true }>): ServiceFailure {
  if (plan.code === "insufficient_hours") {
    return fail("insufficient_hours", plan.message, {
      missingMinutes: plan.missingMinutes,
      availableMinutes: plan.availableMinutes,
    });
  }
  return fail(plan.code, plan.message);
}

function notFound(): ServiceFailure {
  return fail("not_found", "No such quote in this shop. Check the link, or open the quote from the list.");
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** True for a well-formed UUID (anything else cannot name a row and is "not found"). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
