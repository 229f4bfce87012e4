// Overruns and disputes (POLICY.md): a completion above the merchant's tolerance waits for the
// merchant, who approves the overrun (charged as an ordinary completion) or disputes it; the
// company resolves a dispute by charging from 0.25 h to the actual time, with a reason.
import { checkResolution, planComplete } from "../../ledger";
import { buyToCover, hours } from "../../lib/format";
import prisma from "../../db.server";
import { isUuid } from "../../lib/ids";
import { fail } from "../../lib/result";
import { changeQuote, type QuoteChange } from "./change.server";
import * as events from "./events.server";

/** The most a dispute's or a resolution's reason may say. */
export const MAX_REASON_LENGTH = 1000;

/**
 * The merchant approves an overrun: the actual time is charged like an ordinary completion. Short
 * of hours, nothing changes and the message says how many are missing and which pack covers them.
 */
export async function approveOverrun(shopId: string, quoteId: string, at: Date): Promise<QuoteChange> {
  const result = await changeQuote(
    { shopId, quoteId, at, action: "approve_overrun", needsHolds: true },
    (quote, { packs, holds, shop }) => {
      const actual = quote.actualMinutes ?? 0;
      return {
        plan: planComplete(packs, holds, quote.id, actual, at, shop.policy, shop.timeZone),
        data: { status: "completed", chargedMinutes: actual, closedAt: at },
      };
    },
  );
  if (result.ok || result.code !== "insufficient_hours") return result;
  const missing = result.missingMinutes ?? 0;
  return {
    ...result,
    message:
      `Your packs are ${hours(missing)} short for the extra time ` +
      `(${hours(result.availableMinutes ?? 0)} available besides this quote's hold). ` +
      `${buyToCover(missing)}, then approve. Nothing was charged.`,
  };
}

/** The merchant disputes an overrun, with a reason; the hold stays until the company resolves it. */
export function disputeOverrun(
  shopId: string,
  quoteId: string,
  reason: string,
  at: Date,
): Promise<QuoteChange> {
  const disputeReason = reason.trim();
  if (disputeReason.length === 0 || disputeReason.length > MAX_REASON_LENGTH)
    return Promise.resolve(
      fail("invalid_input", `Say why you dispute the extra time (1 to ${MAX_REASON_LENGTH} characters).`, {
        field: "reason",
      }),
    );
  return changeQuote({ shopId, quoteId, at, action: "dispute", then: events.disputeOpened }, () => ({
    plan: null,
    data: { status: "disputed", disputeReason, disputedAt: at },
  }));
}

export interface Resolution {
  chargedMinutes: number;
  reason: string;
  /** The company admin who resolves it (null: the company itself, as in the simulator). */
  adminId: string | null;
}

/**
 * The company resolves a dispute: `chargedMinutes` (0.25 h to the actual) are charged as a
 * completion, the reason is kept on the quote and on the ledger entries.
 */
export async function resolveDispute(
  quoteId: string,
  resolution: Resolution,
  at: Date,
): Promise<QuoteChange> {
  const reason = resolution.reason.trim();
  if (reason.length === 0 || reason.length > MAX_REASON_LENGTH)
    return fail(
      "invalid_input",
      `Give the reason for this resolution (1 to ${MAX_REASON_LENGTH} characters).`,
      {
        field: "reason",
      },
    );
  // The company resolves disputes of every store: the quote's own shop is the one to lock.
  const found = isUuid(quoteId)
    ? await prisma.quote.findFirst({ where: { id: quoteId }, select: { shopId: true } })
    : null;
  if (!found) return fail("not_found", "No such dispute. Open it from the Disputes list.");
  const { chargedMinutes } = resolution;
  return changeQuote(
    {
      shopId: found.shopId,
      quoteId,
      at,
      action: "resolve",
      needsHolds: true,
      then: events.disputeResolved,
    },
    (quote, { packs, holds, shop }) => {
      const actual = quote.actualMinutes ?? 0;
      const allowed = checkResolution(chargedMinutes, actual);
      if (!allowed.ok) return { ...allowed, errors: [{ field: "chargedHours", message: allowed.message }] };
      return {
        plan: planComplete(packs, holds, quote.id, chargedMinutes, at, shop.policy, shop.timeZone),
        note: reason,
        data: {
          status: "completed",
          chargedMinutes,
          resolutionReason: reason,
          resolvedById: resolution.adminId,
          closedAt: at,
        },
      };
    },
  );
}
