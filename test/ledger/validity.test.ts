import { addMonths } from "date-fns";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { DEFAULT_POLICY } from "../../app/ledger/types";
import {
  addLocalDays,
  addLocalMonths,
  earlyRenewalStartsAt,
  expiresAt,
  expiresOn,
  isCarryOverEligible,
  localDate,
  safeTimeZone,
  windowEndsAt,
  windowLastDay,
} from "../../app/ledger/validity";

const at = (iso: string) => new Date(iso);

function expiryOf(paidAt: string, tz: string): Date {
  const e = expiresAt(at(paidAt), tz);
  if (e === null) throw new Error("expected an expiring pack");
  return e;
}

describe("time zones", () => {
  test("a valid IANA zone is kept", () => {
    expect(safeTimeZone("Europe/Berlin")).toBe("Europe/Berlin");
  });

  test("an unknown, empty or missing zone falls back to UTC", () => {
    expect(safeTimeZone("Mars/Olympus")).toBe("UTC");
    expect(safeTimeZone("")).toBe("UTC");
    expect(safeTimeZone(null)).toBe("UTC");
    expect(safeTimeZone(undefined)).toBe("UTC");
  });

  test("an unknown zone computes expiry as in UTC", () => {
    expect(expiresAt(at("2024-06-01T12:00:00Z"), "Not/AZone")).toEqual(at("2024-09-01T00:00:00Z"));
  });

  test("the local date of an instant depends on the shop's zone", () => {
    const instant = at("2024-06-01T23:30:00Z");
    expect(localDate(instant, "UTC")).toBe("2024-06-01");
    expect(localDate(instant, "Asia/Tokyo")).toBe("2024-06-02");
    expect(localDate(at("2024-06-01T05:00:00Z"), "America/Los_Angeles")).toBe("2024-05-31");
  });
});

describe("expiry dates", () => {
  test.each([
    ["2024-06-01T12:00:00Z", "2024-08-31"],
    ["2024-09-01T12:00:00Z", "2024-11-30"],
    ["2024-11-30T12:00:00Z", "2025-02-27"],
    ["2024-11-29T12:00:00Z", "2025-02-27"],
    ["2024-02-29T12:00:00Z", "2024-05-28"],
    ["2027-11-29T12:00:00Z", "2028-02-28"],
    ["2027-11-30T12:00:00Z", "2028-02-28"],
    ["2024-01-01T00:00:00Z", "2024-03-31"],
  ])("a pack paid %s in UTC expires on %s", (paid, shown) => {
    expect(expiresOn(expiryOf(paid, "UTC"), "UTC")).toBe(shown);
  });

  test("a pack paid on Nov 30 expires at the start of Feb 28 (addMonths clamps) and is shown as Feb 27", () => {
    expect(expiryOf("2024-11-30T12:00:00Z", "UTC")).toEqual(at("2025-02-28T00:00:00Z"));
  });

  test("in a leap year a pack paid on Nov 29 expires at the start of Feb 29", () => {
    expect(expiryOf("2027-11-29T12:00:00Z", "UTC")).toEqual(at("2028-02-29T00:00:00Z"));
  });

  test("a pack paid on 2024-11-29 expires at the start of 2025-02-28", () => {
    expect(expiryOf("2024-11-29T12:00:00Z", "UTC")).toEqual(at("2025-02-28T00:00:00Z"));
  });

  test("a pack paid before 2024-01-01 never expires", () => {
    expect(expiresAt(at("2023-11-30T12:00:00Z"), "UTC")).toBeNull();
    expect(expiresAt(at("2023-12-31T23:59:59.999Z"), "UTC")).toBeNull();
  });

  test("the 2024-01-01 cutover is in shop-local time: 23:30 UTC on Dec 31 is Jan 1 in Berlin", () => {
    const paid = at("2023-12-31T23:30:00Z");
    expect(expiresAt(paid, "UTC")).toBeNull();
    expect(expiresAt(paid, "Europe/Berlin")).toEqual(at("2024-03-31T22:00:00Z"));
    expect(expiresOn(expiryOf("2023-12-31T23:30:00Z", "Europe/Berlin"), "Europe/Berlin")).toBe("2024-03-31");
  });

  test("the 2024-01-01 cutover west of UTC: 03:00 UTC on Jan 1 is still Dec 31 in Los Angeles", () => {
    const paid = at("2024-01-01T03:00:00Z");
    expect(expiresAt(paid, "UTC")).not.toBeNull();
    expect(expiresAt(paid, "America/Los_Angeles")).toBeNull();
  });

  test("east of UTC (Auckland) the paid date and expiry are local", () => {
    // 2024-06-01T13:00Z is 2024-06-02 01:00 in Auckland (NZST, +12).
    const e = expiryOf("2024-06-01T13:00:00Z", "Pacific/Auckland");
    expect(e).toEqual(at("2024-09-01T12:00:00Z"));
    expect(expiresOn(e, "Pacific/Auckland")).toBe("2024-09-01");
  });

  test("east of UTC (Tokyo) the paid date and expiry are local", () => {
    const e = expiryOf("2024-05-31T16:00:00Z", "Asia/Tokyo"); // 2024-06-01 01:00 JST
    expect(e).toEqual(at("2024-08-31T15:00:00Z"));
    expect(expiresOn(e, "Asia/Tokyo")).toBe("2024-08-31");
  });

  test("west of UTC (Los Angeles) the paid date and expiry are local", () => {
    const e = expiryOf("2024-06-02T06:00:00Z", "America/Los_Angeles"); // 2024-06-01 23:00 PDT
    expect(e).toEqual(at("2024-09-01T07:00:00Z"));
    expect(expiresOn(e, "America/Los_Angeles")).toBe("2024-08-31");
  });

  test("west of UTC (Honolulu) the paid date and expiry are local", () => {
    const e = expiryOf("2024-06-02T09:00:00Z", "Pacific/Honolulu"); // 2024-06-01 23:00 HST
    expect(e).toEqual(at("2024-09-01T10:00:00Z"));
    expect(expiresOn(e, "Pacific/Honolulu")).toBe("2024-08-31");
  });

  test("expiry across a DST change is local midnight (New York: paid in EST, expires in EDT)", () => {
    expect(expiryOf("2024-01-15T12:00:00Z", "America/New_York")).toEqual(at("2024-04-15T04:00:00Z"));
  });

  test("expiry across the autumn DST change is local midnight (Berlin: paid in CEST, expires in CET)", () => {
    expect(expiryOf("2024-08-15T12:00:00Z", "Europe/Berlin")).toEqual(at("2024-11-14T23:00:00Z"));
  });

  test("when local midnight does not exist (Santiago DST), expiry is the first instant of that day", () => {
    // Chile springs forward at 00:00 on 2024-09-08; the day starts at 01:00 local (-03).
    const e = expiryOf("2024-06-08T16:00:00Z", "America/Santiago");
    expect(e).toEqual(at("2024-09-08T04:00:00Z"));
    expect(expiresOn(e, "America/Santiago")).toBe("2024-09-07");
  });
});

describe("retention window", () => {
  const expiry = at("2024-09-01T00:00:00Z"); // expiresOn 2024-08-31

  test("the window ends at the start of the 4th local day after expiry, so its last day is Sep 3", () => {
    expect(windowEndsAt(expiry, "UTC", DEFAULT_POLICY)).toEqual(at("2024-09-04T00:00:00Z"));
    expect(windowLastDay(expiry, "UTC", DEFAULT_POLICY)).toBe("2024-09-03");
  });

  test("early renewal starts 14 local days before expiry", () => {
    expect(earlyRenewalStartsAt(expiry, "UTC", DEFAULT_POLICY)).toEqual(at("2024-08-18T00:00:00Z"));
  });

  test("window boundaries follow the policy", () => {
    const policy = { retentionWindowDays: 7, earlyRenewalDays: 0 };
    expect(windowEndsAt(expiry, "UTC", policy)).toEqual(at("2024-09-08T00:00:00Z"));
    expect(windowLastDay(expiry, "UTC", policy)).toBe("2024-09-07");
    expect(earlyRenewalStartsAt(expiry, "UTC", policy)).toEqual(expiry);
  });

  test("window boundaries are local midnights across DST (New York, Nov 3 2024)", () => {
    const e = expiryOf("2024-08-01T12:00:00Z", "America/New_York"); // 2024-11-01 00:00 EDT
    expect(e).toEqual(at("2024-11-01T04:00:00Z"));
    expect(windowEndsAt(e, "America/New_York", DEFAULT_POLICY)).toEqual(at("2024-11-04T05:00:00Z"));
    expect(earlyRenewalStartsAt(e, "America/New_York", DEFAULT_POLICY)).toEqual(at("2024-10-18T04:00:00Z"));
  });
});

describe("carry-over eligibility", () => {
  test("a pack paid on or after 2024-05-01 local can carry over", () => {
    expect(isCarryOverEligible(at("2024-05-01T00:00:00Z"), "UTC")).toBe(true);
    expect(isCarryOverEligible(at("2024-04-30T23:59:59.999Z"), "UTC")).toBe(false);
  });

  test("the 2024-05-01 cutover is shop-local", () => {
    const instant = at("2024-04-30T20:00:00Z");
    expect(isCarryOverEligible(instant, "UTC")).toBe(false);
    expect(isCarryOverEligible(instant, "Asia/Tokyo")).toBe(true); // 05:00 May 1 JST
    expect(isCarryOverEligible(at("2024-05-01T03:00:00Z"), "America/Los_Angeles")).toBe(false); // Apr 30 PDT
  });
});

describe("calendar arithmetic", () => {
  test("adding months clamps to the month's end exactly as date-fns addMonths does", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("2020-01-01T00:00:00Z"),
          max: new Date("2030-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        fc.integer({ min: -24, max: 24 }),
        (date, months) => {
          const local = date.toISOString().slice(0, 10);
          const [y, m, d] = local.split("-").map(Number) as [number, number, number];
          const expected = addMonths(new Date(y, m - 1, d), months);
          const iso = `${expected.getFullYear()}-${String(expected.getMonth() + 1).padStart(2, "0")}-${String(expected.getDate()).padStart(2, "0")}`;
          expect(addLocalMonths(local, months)).toBe(iso);
          expect(addLocalDays(addLocalDays(local, months * 7), -months * 7)).toBe(local);
        },
      ),
    );
  });
});
