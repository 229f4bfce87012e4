import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { invoiceCsv } from "~/services/developers/invoice-csv";
import { decimalCents, invoiceNumber, money } from "~/lib/format";
import { amountForMinutes } from "~/lib/money";

describe("payout amounts", () => {
  test("hours × rate in whole cents, half up: 1 min at $85.50 is 142.5 -> 143 cents", () => {
    expect(amountForMinutes(1, 8_550)).toBe(143);
    expect(amountForMinutes(600, 8_550)).toBe(85_500);
    expect(amountForMinutes(0, 8_550)).toBe(0);
    expect(amountForMinutes(90, 10_001)).toBe(15_002);
  });

  test("the amount never drifts more than half a cent from the exact value", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (minutes, rate) => {
          const exactTimes60 = minutes * rate;
          expect(Math.abs(amountForMinutes(minutes, rate) * 60 - exactTimes60)).toBeLessThanOrEqual(30);
        },
      ),
    );
  });

  test("refuses fractions and negatives rather than rounding them silently", () => {
    expect(() => amountForMinutes(1.5, 100)).toThrow();
    expect(() => amountForMinutes(1, -1)).toThrow();
  });

  test("cents are written for CSVs and people, invoices numbered", () => {
    expect(decimalCents(8_505)).toBe("85.05");
    expect(money(123_456)).toBe("$1,234.56");
    expect(invoiceNumber(42)).toBe("INV-000042");
  });

  test("CSV cells are quoted and formulas defused", () => {
    const csv = invoiceCsv({
      number: 7,
      payoutRateCents: 9_000,
      minutes: 60,
      amountCents: 9_000,
      currencyCode: "USD",
      lines: [
        {
          shopDomain: '=HYPERLINK("x")',
          packTier: "10h",
          quoteTitle: null,
          basis: "delivered",
          minutes: 60,
          amountCents: 9_000,
        },
      ],
    });
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv.endsWith("\r\n")).toBe(true);
  });
});
