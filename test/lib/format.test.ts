import { describe, expect, test } from "vitest";
import {
  count,
  dateTimeOf,
  day,
  dayOf,
  decimalCents,
  hours,
  isoDayOf,
  money,
  packLabel,
  signedHours,
  statusLabel,
} from "~/lib/format";

describe("one formatter for people", () => {
  test("hours are whole or up to two decimals, with h", () => {
    expect([hours(120), hours(150), hours(75), hours(20)]).toEqual(["2 h", "2.5 h", "1.25 h", "0.33 h"]);
    expect([signedHours(90), signedHours(-30), signedHours(0)]).toEqual(["+1.5 h", "−0.5 h", ""]);
  });

  test("money shows cents only when there are some", () => {
    expect([money(225_000), money(123_450), money(9_500), money(7)]).toEqual([
      "$2,250",
      "$1,234.50",
      "$95",
      "$0.07",
    ]);
    expect(decimalCents(123_456)).toBe("1234.56");
  });

  test("dates are the store's local dates", () => {
    expect(day("2024-08-31")).toBe("Aug 31");
    expect(day("2024-08-31", { year: true })).toBe("Aug 31, 2024");
    // 2026-11-30 02:00 UTC is still Nov 29 in Los Angeles.
    const instant = new Date("2026-11-30T02:00:00Z");
    expect(dayOf(instant, "America/Los_Angeles")).toBe("Nov 29, 2026");
    expect(isoDayOf(instant, "America/Los_Angeles")).toBe("2026-11-29");
    expect(dateTimeOf(instant, "UTC")).toBe("Nov 30, 2026, 02:00 (UTC)");
  });

  test("counts, packs and statuses read as words", () => {
    expect([count(1, "connected store"), count(2, "connected store"), count(1_000, "quote")]).toEqual([
      "1 connected store",
      "2 connected stores",
      "1,000 quotes",
    ]);
    expect(count(3, "entry", "entries")).toBe("3 entries");
    expect([packLabel("25h"), packLabel("10h")]).toEqual(["25 h pack", "10 h pack"]);
    expect(statusLabel("awaiting_approval")).toBe("Awaiting approval");
  });
});
