// POLICY.md "Edges, settled": one test (or a few) per bullet, against the pure core.
import { describe, expect, test } from "vitest";
import { planApprove, planComplete } from "../../app/ledger/quotes";
import { planTime } from "../../app/ledger/retention";
import { DEFAULT_POLICY } from "../../app/ledger/types";
import { hoursToMinutes } from "../../app/ledger/units";
import { windowEndsAt } from "../../app/ledger/validity";
import { applyPlan } from "../../app/ledger/project";
import { approve, at, buy, cancel, complete, makePack, newShop, pack, sweep } from "./shop";

describe("calendar", () => {
  test("a 3-day window across a DST change ends at local midnight, not 72 hours after expiry (New York)", () => {
    const shop = newShop("America/New_York");
    buy(shop, "P", "10h", "2024-08-01T16:00:00Z");
    expect(pack(shop, "P").expiresAt).toEqual(at("2024-11-01T04:00:00Z")); // midnight EDT
    expect(windowEndsAt(at("2024-11-01T04:00:00Z"), "America/New_York", DEFAULT_POLICY)).toEqual(
      at("2024-11-04T05:00:00Z"), // midnight EST: 73 hours later
    );
    // 23:30 on Nov 3 in New York, past 72 hours after expiry but still inside the window.
    buy(shop, "N", "10h", "2024-11-04T04:30:00Z");
    expect(pack(shop, "P")).toMatchObject({ outcome: "carried", carriedOutToId: "N" });
  });

  test("the cutovers compare the shop-local payment date: Dec 31 in Los Angeles never expires, May 1 in Tokyo carries", () => {
    const la = newShop("America/Los_Angeles");
    buy(la, "legacy", "10h", "2024-01-01T07:30:00Z"); // 23:30 on Dec 31 locally
    expect(pack(la, "legacy").expiresAt).toBeNull();
    const tokyo = newShop("Asia/Tokyo");
    buy(tokyo, "P", "10h", "2024-04-30T16:00:00Z"); // 01:00 on May 1 locally
    buy(tokyo, "N", "10h", "2024-07-31T16:00:00Z"); // Aug 1 locally, the day P expires
    sweep(tokyo, "2024-08-10T00:00:00Z");
    expect(pack(tokyo, "P")).toMatchObject({ outcome: "carried", carriedOutToId: "N" });
  });
});

describe("instants", () => {
  test("at expiresAt itself the pack is already expired: nothing can be held on it", () => {
    const shop = newShop();
    buy(shop, "P", "10h", "2024-06-01T12:00:00Z");
    expect(approve(shop, "q", 60, "2024-08-31T23:59:59.999Z")).toMatchObject({ ok: true });
    expect(approve(shop, "q2", 60, "2024-09-01T00:00:00Z")).toMatchObject({
      ok: false,
      code: "insufficient_hours",
      availableMinutes: 0,
    });
  });

  test.each([
    ["2024-08-18T00:00:00Z", true, "the first instant of the early-renewal period"],
    ["2024-08-17T23:59:59.999Z", false, "just before the early-renewal period"],
    ["2024-09-03T23:59:59.999Z", true, "the last instant of Sep 3, the window's last day"],
    ["2024-09-04T00:00:00Z", false, "Sep 4 00:00, the window's exclusive end"],
  ])("a purchase at %s qualifies: %s (%s)", (paidAt, qualifies) => {
    const shop = newShop();
    buy(shop, "P", "10h", "2024-06-01T12:00:00Z");
    buy(shop, "N", "10h", paidAt);
    sweep(shop, "2024-09-10T00:00:00Z");
    expect(pack(shop, "P").outcome).toBe(qualifies ? "carried" : "expired");
  });

  test("with both settings 0 no purchase can qualify, not even one at expiresAt", () => {
    const shop = newShop("UTC", { retentionWindowDays: 0, earlyRenewalDays: 0 });
    buy(shop, "P", "10h", "2024-06-01T12:00:00Z");
    buy(shop, "N", "10h", "2024-09-01T00:00:00Z");
    expect(pack(shop, "P")).toMatchObject({ outcome: "expired", expired: 600 });
    expect(pack(shop, "N").carriedInFromId).toBeNull();
  });
});

describe("several candidates", () => {
  test("sources with the same expiry claim in paid order, then id; each takes the earliest-paid renewal left", () => {
    const shop = newShop("UTC", DEFAULT_POLICY, false);
    buy(shop, "b", "10h", "2024-06-01T09:00:00Z");
    buy(shop, "a", "10h", "2024-06-01T09:00:00Z");
    buy(shop, "early", "10h", "2024-06-01T08:00:00Z");
    buy(shop, "late-renewal", "10h", "2024-09-02T12:00:00Z");
    buy(shop, "first-renewal", "10h", "2024-09-02T10:00:00Z");
    buy(shop, "tie-renewal", "10h", "2024-09-02T10:00:00Z");
    const plan = planTime(shop.packs, at("2024-09-10T00:00:00Z"), "UTC", DEFAULT_POLICY);
    expect(plan.carriedInFrom).toEqual([
      { packId: "first-renewal", fromId: "early" },
      { packId: "tie-renewal", fromId: "a" },
      { packId: "late-renewal", fromId: "b" },
    ]);
  });
});

describe("held minutes at expiry", () => {
  test("count as unused own minutes: the pack claims the renewal, and released minutes follow it", () => {
    const shop = newShop();
    buy(shop, "P", "10h", "2024-06-01T12:00:00Z");
    approve(shop, "q", 600, "2024-08-20T12:00:00Z");
    buy(shop, "N", "10h", "2024-09-02T12:00:00Z");
    expect(pack(shop, "P")).toMatchObject({ outcome: "carried", carriedOut: 0, settlement: null });
    complete(shop, "q", 480, "2024-09-05T12:00:00Z");
    expect(pack(shop, "P")).toMatchObject({
      carriedOut: 120,
      settlement: { basis: "whole_pack", minutes: 600 },
    });
    expect(pack(shop, "N")).toMatchObject({ carriedIn: 120 });
  });

  test("released after a window closed without a renewal, they expire", () => {
    const shop = newShop();
    buy(shop, "P", "10h", "2024-06-01T12:00:00Z");
    approve(shop, "q", 300, "2024-08-20T12:00:00Z");
    sweep(shop, "2024-09-10T00:00:00Z");
    expect(pack(shop, "P")).toMatchObject({
      outcome: "expired",
      expired: 300,
      heldOwn: 300,
      settlement: null,
    });
    cancel(shop, "q", "2024-09-12T00:00:00Z");
    expect(pack(shop, "P")).toMatchObject({ expired: 600, settlement: { basis: "delivered", minutes: 0 } });
  });
});

describe("carried-in minutes", () => {
  test("expire at their pack's expiresAt even while its own minutes wait for a renewal", () => {
    const shop = newShop();
    buy(shop, "P", "10h", "2024-06-01T12:00:00Z");
    buy(shop, "N", "10h", "2024-09-02T12:00:00Z");
    expect(pack(shop, "N").carriedIn).toBe(600);
    sweep(shop, "2024-12-02T00:00:00Z"); // N expired, its window open
    expect(pack(shop, "N")).toMatchObject({
      outcome: null,
      carriedRemaining: 0,
      ownRemaining: 600,
      expired: 600,
    });
  });
});

describe("zero and malformed hours", () => {
  test("a zero estimate or actual is invalid_hours", () => {
    const packs = [makePack({ id: "P" })];
    const now = at("2024-06-02T00:00:00Z");
    expect(planApprove(packs, "q", 0, now)).toMatchObject({ ok: false, code: "invalid_hours" });
    expect(planComplete(packs, [], "q", 0, now, DEFAULT_POLICY, "UTC")).toMatchObject({
      ok: false,
      code: "invalid_hours",
    });
  });

  test.each(["1e1", "0x10", "0b11", "1,5", "2h", "NaN", "Infinity", "-1", "0", "1.33", Number.NaN, Infinity])(
    "%s hours is invalid_hours",
    (input) => {
      expect(hoursToMinutes(input)).toMatchObject({ ok: false, code: "invalid_hours" });
    },
  );
});

describe("delivered pay", () => {
  test("is min(own minutes used, purchased own minutes), and a settlement is final once", () => {
    const shop = newShop();
    buy(shop, "P", "10h", "2024-06-01T12:00:00Z");
    // A goodwill adjustment gives the pack 2 h more than it was bought with; all of it is used.
    shop.packs = applyPlan(shop.packs, {
      entries: [{ packId: "P", kind: "adjustment", own: 120, carried: 0 }],
    });
    approve(shop, "q", 720, "2024-06-02T12:00:00Z");
    complete(shop, "q", 720, "2024-06-03T12:00:00Z");
    expect(pack(shop, "P").settlement).toEqual({ basis: "delivered", minutes: 600 });
    const later = planTime(shop.packs, at("2024-12-01T00:00:00Z"), "UTC", DEFAULT_POLICY);
    expect(later.settlements).toEqual([]);
  });
});
