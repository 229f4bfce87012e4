import { describe, expect, test } from "vitest";
import { TIERS, findTier, listedTiers, parseTier, tierByPlan } from "../../app/ledger/catalog";

describe("catalog", () => {
  test("the four tiers have the published hours and prices in USD cents", () => {
    expect(
      TIERS.map((t) => [t.id, t.hours, t.minutes, t.pricePerHourCents, t.priceCents, t.currencyCode]),
    ).toEqual([
      ["10h", 10, 600, 9_500, 95_000, "USD"],
      ["25h", 25, 1_500, 9_000, 225_000, "USD"],
      ["50h", 50, 3_000, 8_500, 425_000, "USD"],
      ["75h", 75, 4_500, 8_000, 600_000, "USD"],
    ]);
  });

  test("the 10 hour pack is offered by link only, the others are listed", () => {
    expect(listedTiers().map((t) => t.id)).toEqual(["25h", "50h", "75h"]);
    expect(findTier("10h")?.listed).toBe(false);
  });

  test("a tier is found by id and by its billing plan name", () => {
    expect(findTier("50h")?.billingPlan).toBe("50 hour pack");
    expect(tierByPlan("25 hour pack")?.id).toBe("25h");
    expect(findTier("100h")).toBeUndefined();
    expect(tierByPlan("100 hour pack")).toBeUndefined();
  });

  test("an unknown tier is an unknown_pack_tier failure that lists the valid ones", () => {
    const result = parseTier("12h");
    expect(result).toMatchObject({ ok: false, code: "unknown_pack_tier" });
    if (!result.ok) expect(result.message).toContain("10h, 25h, 50h, 75h");
    expect(parseTier("75h")).toMatchObject({ ok: true, tier: { id: "75h" } });
  });
});
