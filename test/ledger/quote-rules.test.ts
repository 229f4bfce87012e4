import { describe, expect, test } from "vitest";
import { buyToCover, describePacks, packsCovering } from "../../app/ledger/catalog";
import {
  DEFAULT_QUOTE_POLICY,
  QUOTE_STATUSES,
  checkQuoteAction,
  checkResolution,
  completionOf,
  customQuotePriceCents,
  overrunLimit,
  type QuoteAction,
  type QuoteStatus,
} from "../../app/ledger/quote-rules";

const ALLOWED: Record<QuoteAction, QuoteStatus[]> = {
  approve: ["pending"],
  pay: ["pending"],
  decline: ["pending"],
  cancel: ["approved"],
  withdraw: ["pending", "approved"],
  complete: ["approved"],
  approve_overrun: ["awaiting_approval"],
  dispute: ["awaiting_approval"],
  resolve: ["disputed"],
};

describe("which action a quote accepts in which state", () => {
  test.each(Object.entries(ALLOWED))(
    "%s is allowed only from %j; anything else is invalid_state",
    (action, from) => {
      for (const status of QUOTE_STATUSES) {
        const result = checkQuoteAction(
          { status, paidWith: status === "pending" ? null : "hours" },
          action as QuoteAction,
        );
        if (from.includes(status)) expect(result).toEqual({ ok: true });
        else expect(result).toMatchObject({ ok: false, code: "invalid_state" });
      }
    },
  );

  test("cancelling a pending quote is invalid_state and says to decline it", () => {
    const result = checkQuoteAction({ status: "pending", paidWith: null }, "cancel");
    expect(result).toEqual({
      ok: false,
      code: "invalid_state",
      message: "This quote is pending; only approved quotes can be cancelled. Decline it instead.",
    });
  });

  test("declining an approved quote is invalid_state", () => {
    expect(checkQuoteAction({ status: "approved", paidWith: "hours" }, "decline")).toMatchObject({
      ok: false,
      message: "This quote is approved; only pending quotes can be declined.",
    });
  });

  test("a paid custom quote cannot be cancelled or withdrawn, but can be completed", () => {
    const paid = { status: "approved", paidWith: "money" };
    for (const action of ["cancel", "withdraw"] as const) {
      const result = checkQuoteAction(paid, action);
      expect(result).toMatchObject({ ok: false, code: "invalid_state" });
      expect(!result.ok && result.message).toContain("paid as a custom quote");
    }
    expect(checkQuoteAction(paid, "complete")).toEqual({ ok: true });
  });

  test("only a completion awaiting approval of its overrun can be approved over the estimate or disputed", () => {
    expect(checkQuoteAction({ status: "disputed", paidWith: "hours" }, "approve_overrun")).toMatchObject({
      message: "This quote is disputed; only a completion awaiting approval of its overrun can be approved.",
    });
  });

  test("a quote awaiting approval of its overrun says so", () => {
    expect(checkQuoteAction({ status: "awaiting_approval", paidWith: "hours" }, "complete")).toMatchObject({
      message: "This quote is awaiting approval of its overrun; only approved quotes can be completed.",
    });
  });
});

describe("custom quote price", () => {
  test("is estimate hours x the rate, default $95/h", () => {
    expect(DEFAULT_QUOTE_POLICY.customQuoteRateCents).toBe(9_500);
    expect(customQuotePriceCents(8 * 60, 9_500)).toBe(76_000);
    expect(customQuotePriceCents(135, 9_500)).toBe(21_375); // 2.25 h
  });

  test("is rounded half up to the cent", () => {
    expect(customQuotePriceCents(1, 9_530)).toBe(159); // 158.83
    expect(customQuotePriceCents(1, 9_510)).toBe(159); // 158.5
    expect(customQuotePriceCents(1, 9_509)).toBe(158); // 158.48
  });
});

describe("overruns", () => {
  test("the limit is floor(estimate x (100 + tolerance) / 100)", () => {
    expect(overrunLimit(600, 10)).toBe(660);
    expect(overrunLimit(125, 10)).toBe(137); // 137.5
    expect(overrunLimit(125, 0)).toBe(125);
  });

  test("a completion at the limit is charged; one minute above waits for the merchant", () => {
    const quote = { paidWith: "hours", estimateMinutes: 600 };
    expect(completionOf(quote, 660, 10)).toEqual({ kind: "charge" });
    expect(completionOf(quote, 661, 10)).toEqual({ kind: "awaiting_approval", limitMinutes: 660 });
  });

  test("with the tolerance off (null) every actual is charged", () => {
    expect(completionOf({ paidWith: "hours", estimateMinutes: 60 }, 6000, null)).toEqual({ kind: "charge" });
  });

  test("a custom quote never waits: its settlement is the estimate, whatever the actual", () => {
    expect(completionOf({ paidWith: "money", estimateMinutes: 240 }, 900, 10)).toEqual({
      kind: "custom",
      settlement: { basis: "custom_quote", minutes: 240 },
    });
  });

  test("a dispute is resolved with 0.25 h up to the actual time", () => {
    expect(checkResolution(15, 300)).toEqual({ ok: true });
    expect(checkResolution(300, 300)).toEqual({ ok: true });
    for (const bad of [14, 301, 0, 1.5])
      expect(checkResolution(bad, 300)).toMatchObject({ ok: false, code: "invalid_hours" });
    expect(checkResolution(301, 300)).toMatchObject({
      message: "Charge from 0.25 h to the actual 5 h (got 5.02 h).",
    });
  });
});

describe("packs that cover missing hours", () => {
  test.each([
    [1, ["25h"], "a 25 h pack"],
    [25 * 60, ["25h"], "a 25 h pack"],
    [25 * 60 + 1, ["50h"], "a 50 h pack"],
    [75 * 60, ["75h"], "a 75 h pack"],
    [80 * 60, ["75h", "25h"], "a 75 h pack and a 25 h pack"],
    [200 * 60, ["75h", "75h", "50h"], "2 × 75 h packs and a 50 h pack"],
  ])("%s minutes: %j (%s)", (minutes, tiers, words) => {
    const packs = packsCovering(minutes);
    expect(packs.map((t) => t.id)).toEqual(tiers);
    expect(describePacks(packs)).toBe(words);
  });
});

test("412 missing hours name the packs that cover them, not one pack that cannot", () => {
  expect(buyToCover(412 * 60)).toBe("Buy 5 × 75 h packs and a 50 h pack");
  expect(buyToCover(90)).toBe("Buy a 25 h pack");
});
