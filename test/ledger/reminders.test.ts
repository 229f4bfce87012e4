// Which reminder is due at an instant and what it says, from the packs alone.
import { describe, expect, test } from "vitest";
import { reminderHorizon, remindersAt, thresholdFor } from "../../app/ledger/reminders";
import { DEFAULT_POLICY } from "../../app/ledger/types";
import { approve, at, buy, complete, newShop, startPurchase, sweep } from "./shop";

// P: 10 h paid 2024-06-01 (UTC), expires 2024-09-01 00:00 (shown as Aug 31), window until Sep 4.
function shopWithP(tz = "UTC") {
  const shop = newShop(tz);
  buy(shop, "P", "10h", "2024-06-01T12:00:00Z");
  return shop;
}

const remindersOn = (shop: ReturnType<typeof shopWithP>, when: string) => {
  sweep(shop, when);
  return remindersAt(shop.packs, at(when), shop.tz, shop.policy);
};

describe("reminder thresholds", () => {
  test("are the closest of 30, 14, 7 and 1 days that the expiry is within", () => {
    expect([100, 30, 29, 14, 13, 7, 6, 1, 0].map(thresholdFor)).toEqual([
      "30",
      "30",
      "30",
      "30",
      "14",
      "14",
      "7",
      "7",
      "1",
    ]);
  });

  test.each([
    ["2024-08-02T00:00:00Z", null],
    ["2024-08-02T00:00:00.001Z", "30"],
    ["2024-08-18T00:00:00.001Z", "14"],
    ["2024-08-25T00:00:00.001Z", "7"],
    ["2024-08-31T00:00:00.001Z", "1"],
    ["2024-09-01T00:00:00Z", "window"],
    ["2024-09-03T23:59:59.999Z", "window"],
    ["2024-09-04T00:00:00Z", null],
  ])("at %s the due threshold is %s", (when, threshold) => {
    expect(remindersOn(shopWithP(), when).map((r) => r.threshold)).toEqual(threshold ? [threshold] : []);
  });
});

describe("what a reminder says", () => {
  test("before expiry: the unused, unheld minutes, the local expiry date and whole days left", () => {
    const shop = shopWithP("America/Los_Angeles"); // expires 2024-09-01 00:00 PDT = 07:00 UTC
    approve(shop, "q", 240, "2024-07-01T00:00:00Z");
    expect(remindersOn(shop, "2024-08-26T12:00:00Z")).toEqual([
      { packId: "P", threshold: "7", minutes: 360, expiresOn: "2024-08-31", daysLeft: 5, buyBy: null },
    ]);
  });

  test("during the window: the carryable own minutes, the day they expired and the last day to buy", () => {
    const shop = shopWithP();
    complete(shop, (approve(shop, "q", 480, "2024-06-02T00:00:00Z"), "q"), 480, "2024-06-03T00:00:00Z");
    expect(remindersOn(shop, "2024-09-02T00:00:00Z")).toEqual([
      {
        packId: "P",
        threshold: "window",
        minutes: 120,
        expiresOn: "2024-08-31",
        daysLeft: 0,
        buyBy: "2024-09-03",
      },
    ]);
  });

  test("nothing for fully held packs, nor for a pack settled by carrying over", () => {
    const held = shopWithP();
    approve(held, "q", 600, "2024-07-01T00:00:00Z");
    expect(remindersOn(held, "2024-08-26T00:00:00Z")).toEqual([]);
    const renewed = shopWithP();
    buy(renewed, "N", "10h", "2024-08-20T00:00:00Z");
    expect(remindersOn(renewed, "2024-09-02T00:00:00Z").map((r) => r.packId)).toEqual([]);
  });

  test("no window reminder once the window has closed, even while a pending purchase keeps the pack undecided", () => {
    const shop = shopWithP();
    startPurchase(shop, "2024-09-03T20:00:00Z");
    expect(remindersOn(shop, "2024-09-04T06:00:00Z")).toEqual([]);
  });
});

describe("the reminders' horizon", () => {
  test("is 30 days ahead: a pack expiring exactly then has no reminder yet", () => {
    const when = at("2024-08-02T00:00:00Z");
    expect(reminderHorizon(when)).toEqual(at("2024-09-01T00:00:00Z"));
    expect(remindersAt(shopWithP().packs, when, "UTC", DEFAULT_POLICY)).toEqual([]);
  });
});
