import { describe, expect, test } from "vitest";
import { hoursToMinutes, minutesToHours } from "../../app/ledger/units";

describe("hours and minutes", () => {
  test.each([
    [1.25, 75],
    ["1.25", 75],
    [" 2.5 ", 150],
    [10, 600],
    [0.1, 6],
    [1 / 60, 1],
    ["0.05", 3],
  ])("%s h is %s whole minutes", (input, minutes) => {
    expect(hoursToMinutes(input)).toEqual({ ok: true, minutes });
  });

  test("1.33 h is refused because it is not a whole number of minutes", () => {
    const result = hoursToMinutes(1.33);
    expect(result).toMatchObject({ ok: false, code: "invalid_hours" });
    if (!result.ok) {
      expect(result.message).toContain("1.33");
      expect(result.message).toContain("use whole minutes, e.g. 1.25 h");
    }
  });

  test.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, "", "abc", "1,5", "0.001", 1e300])(
    "%s is refused as invalid_hours",
    (input) => {
      const result = hoursToMinutes(input);
      expect(result).toMatchObject({ ok: false, code: "invalid_hours" });
      if (!result.ok) expect(result.message).toContain("e.g. 1.25 h");
    },
  );

  test("minutes show as hours rounded to 2 decimals", () => {
    expect(minutesToHours(150)).toBe(2.5);
    expect(minutesToHours(20)).toBe(0.33);
    expect(minutesToHours(0)).toBe(0);
  });
});
