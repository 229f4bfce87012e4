import type { Failure } from "./types";
import { hours } from "../lib/format";

/**
 * A quote's life (POLICY.md "Consumption", "Paying a quote with money", "Overruns and disputes"):
 * pending -> approved (against hours, or paid with money) -> completed; an overrun on hours waits in
 * awaiting_approval, and a disputed one for the company; declined and cancelled close it.
 */
export type QuoteStatus =
  "pending" | "approved" | "awaiting_approval" | "disputed" | "declined" | "cancelled" | "completed";

export const QUOTE_STATUSES: readonly QuoteStatus[] = [
  "pending",
  "approved",
  "awaiting_approval",
  "disputed",
  "declined",
  "cancelled",
  "completed",
];

/** How an accepted quote is paid: held and charged on the store's hours, or outright (a custom quote). */
export type PaidWith = "hours" | "money";

/** What the merchant, the developer or the company asks of a quote. */
export type QuoteAction =
  | "approve"
  | "pay"
  | "decline"
  | "cancel"
  | "withdraw"
  | "complete"
  | "approve_overrun"
  | "dispute"
  | "resolve";

/** The quote policy: the custom-quote rate and the merchant's overrun tolerance (null: off). */
export interface QuotePolicy {
  customQuoteRateCents: number;
  overrunTolerancePercent: number | null;
}

export const DEFAULT_QUOTE_POLICY: QuotePolicy = {
  customQuoteRateCents: 9_500,
  overrunTolerancePercent: null,
};

/** The least hours a disputed quote can be resolved with: 0.25 h. */
export const MIN_RESOLVED_MINUTES = 15;

interface Rule {
  from: readonly QuoteStatus[];
  verb: string;
  /** Refused for a paid custom quote even in an allowed status. */
  hoursOnly?: boolean;
  /** Which quotes the action is for, when "only <status> quotes" does not say it well. */
  only?: string;
}

const OVERRUN = "a completion awaiting approval of its overrun";

const RULES: Record<QuoteAction, Rule> = {
  approve: { from: ["pending"], verb: "approved" },
  pay: { from: ["pending"], verb: "paid" },
  decline: { from: ["pending"], verb: "declined" },
  cancel: { from: ["approved"], verb: "cancelled", hoursOnly: true },
  withdraw: { from: ["pending", "approved"], verb: "withdrawn", hoursOnly: true },
  complete: { from: ["approved"], verb: "completed" },
  approve_overrun: { from: ["awaiting_approval"], verb: "approved", only: OVERRUN },
  dispute: { from: ["awaiting_approval"], verb: "disputed", only: OVERRUN },
  resolve: { from: ["disputed"], verb: "resolved" },
};

const LABEL: Record<QuoteStatus, string> = {
  pending: "pending",
  approved: "approved",
  awaiting_approval: "awaiting approval of its overrun",
  disputed: "disputed",
  declined: "declined",
  cancelled: "cancelled",
  completed: "completed",
};

/** Whether `action` is allowed on a quote in its state, or the `invalid_state` failure that says why not. */
export function checkQuoteAction(
  quote: { status: string; paidWith: string | null },
  action: QuoteAction,
): { ok: true } | Failure<"invalid_state"> {
  const rule = RULES[action];
  const status = quote.status as QuoteStatus;
  if (rule.hoursOnly && status === "approved" && quote.paidWith === "money") {
    return invalidState(
      `This quote was paid as a custom quote; it cannot be ${rule.verb}. Refunds are arranged with the company.`,
    );
  }
  if (rule.from.includes(status)) return { ok: true };
  const only = `only ${rule.only ?? `${rule.from.map((s) => LABEL[s]).join(" or ")} quotes`} can be ${rule.verb}`;
  const hint = action === "cancel" && status === "pending" ? " Decline it instead." : "";
  return invalidState(`This quote is ${LABEL[status] ?? status}; ${only}.${hint}`);
}

/** The price of paying a quote outright: estimate hours x the rate, rounded half up to the cent. */
export function customQuotePriceCents(estimateMinutes: number, rateCents: number): number {
  return Math.floor((estimateMinutes * rateCents + 30) / 60);
}

/** The most a completion may charge without the merchant's approval: floor(estimate x (100 + t) / 100). */
export function overrunLimit(estimateMinutes: number, tolerancePercent: number): number {
  return Math.floor((estimateMinutes * (100 + tolerancePercent)) / 100);
}

/** A completed custom quote's settlement: its developer is paid the quoted hours (a fixed price). */
export function customQuoteSettlement(estimateMinutes: number): { basis: "custom_quote"; minutes: number } {
  return { basis: "custom_quote", minutes: estimateMinutes };
}

/** What completing a quote with `actualMinutes` does. */
export type Completion =
  /** A custom quote: nothing is charged; the developer is paid the quoted hours. */
  | { kind: "custom"; settlement: { basis: "custom_quote"; minutes: number } }
  /** Above the tolerance: nothing is charged until the merchant approves or disputes. */
  | { kind: "awaiting_approval"; limitMinutes: number }
  /** An ordinary completion: the actual time is charged. */
  | { kind: "charge" };

/** Decides how a completion is charged: a custom quote's, one over the tolerance, or an ordinary one. */
export function completionOf(
  quote: { paidWith: string | null; estimateMinutes: number },
  actualMinutes: number,
  tolerancePercent: number | null,
): Completion {
  if (quote.paidWith === "money")
    return { kind: "custom", settlement: customQuoteSettlement(quote.estimateMinutes) };
  if (tolerancePercent !== null) {
    const limitMinutes = overrunLimit(quote.estimateMinutes, tolerancePercent);
    if (actualMinutes > limitMinutes) return { kind: "awaiting_approval", limitMinutes };
  }
  return { kind: "charge" };
}

/** Whether the company may resolve a dispute by charging `chargedMinutes`: from 0.25 h to the actual time. */
export function checkResolution(
  chargedMinutes: number,
  actualMinutes: number,
): { ok: true } | Failure<"invalid_hours"> {
  if (
    Number.isSafeInteger(chargedMinutes) &&
    chargedMinutes >= MIN_RESOLVED_MINUTES &&
    chargedMinutes <= actualMinutes
  )
    return { ok: true };
  return {
    ok: false,
    code: "invalid_hours",
    message: `Charge from ${hours(MIN_RESOLVED_MINUTES)} to the actual ${hours(actualMinutes)} (got ${hours(chargedMinutes)}).`,
  };
}

function invalidState(message: string): Failure<"invalid_state"> {
  return { ok: false, code: "invalid_state", message };
}
