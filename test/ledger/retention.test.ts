import { describe, expect, test } from "vitest";
import { applyPlan } from "../../app/ledger/project";
import { planTime, qualifyingPurchase } from "../../app/ledger/retention";
import { DEFAULT_POLICY } from "../../app/ledger/types";
import { approve, at, buy, complete, expectLogMatchesPacks, makePack, newShop, pack, sweep } from "./shop";

// P: 10 h paid 2024-06-01 (UTC), expiresAt 2024-09-01, early renewal from 2024-08-18, window ends 2024-09-04.
function shopWithP(tz = "UTC") {
  const shop = newShop(tz);
  buy(shop, "P", "10h", "2024-06-01T12:00:00Z");
  expect(
    complete(shop, (approve(shop, "q", 480, "2024-06-02T00:00:00Z"), "q"), 480, "2024-06-03T00:00:00Z"),
  ).toMatchObject({ ok: true });
  return shop;
}

describe("carry-over window edges", () => {
  test.each([
    ["2024-08-18T00:00:00.000Z", true, "exactly at the early-renewal start"],
    ["2024-08-17T23:59:59.999Z", false, "1 ms before the early-renewal start"],
    ["2024-09-03T23:59:59.999Z", true, "1 ms before the window ends"],
    ["2024-09-04T00:00:00.000Z", false, "exactly when the window ends"],
    ["2024-08-31T23:59:59.999Z", true, "1 ms before expiry"],
    ["2024-09-01T00:00:00.000Z", true, "exactly at expiry"],
  ])("a renewal paid %s carries: %s (%s)", (paid, carries) => {
    const shop = shopWithP();
    buy(shop, "N", "10h", paid);
    sweep(shop, "2024-09-10T00:00:00Z");
    expect(pack(shop, "P").outcome).toBe(carries ? "carried" : "expired");
    expect(pack(shop, "N").carriedIn).toBe(carries ? 120 : 0);
    expect(pack(shop, "P").expired).toBe(carries ? 0 : 120);
  });

  test("an early renewal waits for P's expiry before receiving the minutes", () => {
    const shop = shopWithP();
    buy(shop, "N", "10h", "2024-08-20T00:00:00Z");
    sweep(shop, "2024-08-31T23:59:59.999Z");
    expect(pack(shop, "P").outcome).toBeNull();
    expect(pack(shop, "N").carriedInFromId).toBeNull();
    sweep(shop, "2024-09-01T00:00:00Z");
    expect(pack(shop, "P")).toMatchObject({ outcome: "carried", carriedOutToId: "N", carriedOut: 120 });
  });

  test("while the window is open P's unused minutes stay in P; when it closes they expire", () => {
    const shop = shopWithP();
    sweep(shop, "2024-09-03T23:59:59.999Z");
    expect(pack(shop, "P")).toMatchObject({ outcome: null, ownRemaining: 120, expired: 0, settlement: null });
    sweep(shop, "2024-09-04T00:00:00Z");
    expect(pack(shop, "P")).toMatchObject({
      outcome: "expired",
      ownRemaining: 0,
      expired: 120,
      settlement: { basis: "delivered", minutes: 480 },
    });
  });

  test("window edges are shop-local (Tokyo): a renewal at 23:30 UTC on Sep 3 is already Sep 4 in Tokyo", () => {
    const shop = shopWithP("Asia/Tokyo"); // paid 2024-06-01 21:00 JST, expires 2024-09-01 00:00 JST
    buy(shop, "N", "10h", "2024-09-03T15:30:00Z");
    sweep(shop, "2024-09-10T00:00:00Z");
    expect(pack(shop, "P").outcome).toBe("expired");
  });

  test("a renewal paid earlier than P does not qualify even inside the dates", () => {
    const policy = { retentionWindowDays: 3, earlyRenewalDays: 120 };
    const older = makePack({ id: "older", paidAt: at("2024-06-01T10:00:00Z") });
    const p = makePack({ id: "P", ownRemaining: 120, usedOwn: 480 });
    expect(qualifyingPurchase(p, [older, p], at("2024-09-02T00:00:00Z"), "UTC", policy)).toBeUndefined();
  });

  test("a purchase not yet paid at the planning instant does not qualify", () => {
    const p = makePack({ id: "P", ownRemaining: 120, usedOwn: 480 });
    const n = makePack({
      id: "N",
      paidAt: at("2024-09-02T12:00:00Z"),
      expiresAt: at("2024-12-02T00:00:00Z"),
    });
    expect(qualifyingPurchase(p, [p, n], at("2024-09-02T00:00:00Z"), "UTC", DEFAULT_POLICY)).toBeUndefined();
    expect(qualifyingPurchase(p, [p, n], at("2024-09-02T12:00:00Z"), "UTC", DEFAULT_POLICY)?.id).toBe("N");
  });
});

describe("carry-over cutovers", () => {
  test("a pack paid before 2024-05-01 expires at its expiry without waiting for a window", () => {
    const shop = newShop();
    buy(shop, "april", "10h", "2024-04-30T12:00:00Z");
    buy(shop, "N", "10h", "2024-07-29T12:00:00Z");
    sweep(shop, "2024-07-30T00:00:00Z");
    expect(pack(shop, "april")).toMatchObject({
      outcome: "expired",
      expired: 600,
      settlement: { basis: "delivered", minutes: 0 },
    });
    expect(pack(shop, "N").carriedInFromId).toBeNull();
  });

  test("the carry-over cutover is shop-local: 2024-04-30T20:00Z is May 1 in Tokyo", () => {
    for (const [tz, eligible] of [
      ["UTC", false],
      ["Asia/Tokyo", true],
    ] as const) {
      const shop = newShop(tz);
      const p = buy(shop, "P", "10h", "2024-04-30T20:00:00Z");
      if (p.expiresAt === null) throw new Error("expected expiry");
      buy(shop, "N", "10h", p.expiresAt);
      sweep(shop, new Date(p.expiresAt.getTime() + 86_400_000));
      expect(pack(shop, "P").outcome).toBe(eligible ? "carried" : "expired");
    }
  });

  test("a legacy pack paid before 2024-01-01 never expires and never carries", () => {
    const shop = newShop();
    buy(shop, "legacy", "10h", "2023-12-31T23:59:59.999Z");
    buy(shop, "N", "10h", "2024-03-31T12:00:00Z");
    sweep(shop, "2030-01-01T00:00:00Z");
    expect(pack(shop, "legacy")).toMatchObject({
      expiresAt: null,
      outcome: null,
      ownRemaining: 600,
      settlement: null,
    });
    expect(approve(shop, "q", 600, "2030-01-01T00:00:00Z")).toMatchObject({ ok: true });
    complete(shop, "q", 600, "2030-01-02T00:00:00Z");
    expect(pack(shop, "legacy").settlement).toEqual({ basis: "delivered", minutes: 600 });
  });
});

describe("who receives a carry-over", () => {
  test("a pack receives a carry-over at most once", () => {
    const shop = newShop();
    buy(shop, "A", "10h", "2024-06-01T12:00:00Z");
    buy(shop, "B", "10h", "2024-06-03T12:00:00Z");
    buy(shop, "N", "10h", "2024-09-02T12:00:00Z"); // qualifies for A and B
    sweep(shop, "2024-09-10T00:00:00Z");
    expect(pack(shop, "A")).toMatchObject({ outcome: "carried", carriedOutToId: "N" });
    expect(pack(shop, "B")).toMatchObject({ outcome: "expired", expired: 600 });
    expect(pack(shop, "N")).toMatchObject({ carriedInFromId: "A", carriedIn: 600 });
  });

  test("the first-expiring pack claims a contested renewal even when both are decided in one run", () => {
    const shop = newShop("UTC", DEFAULT_POLICY, false);
    buy(shop, "B", "10h", "2024-06-02T12:00:00Z");
    buy(shop, "A", "10h", "2024-06-01T12:00:00Z");
    buy(shop, "N", "10h", "2024-09-01T12:00:00Z");
    buy(shop, "M", "10h", "2024-09-03T12:00:00Z");
    const plan = planTime(shop.packs, at("2024-09-10T00:00:00Z"), "UTC", DEFAULT_POLICY);
    expect(plan.carriedInFrom).toEqual([
      { packId: "N", fromId: "A" },
      { packId: "M", fromId: "B" },
    ]);
  });

  test("a second renewal in the window receives from the next expiring pack", () => {
    const shop = newShop();
    buy(shop, "A", "10h", "2024-06-01T12:00:00Z");
    buy(shop, "B", "10h", "2024-06-02T12:00:00Z");
    buy(shop, "N", "10h", "2024-09-02T12:00:00Z");
    expect(pack(shop, "B").outcome).toBeNull();
    buy(shop, "M", "10h", "2024-09-04T12:00:00Z");
    expect(pack(shop, "B")).toMatchObject({ outcome: "carried", carriedOutToId: "M" });
  });

  test("carried-in minutes never carry again: only the receiver's own unused minutes move on", () => {
    const shop = newShop();
    buy(shop, "P", "10h", "2024-06-01T12:00:00Z");
    buy(shop, "N", "10h", "2024-09-01T12:00:00Z");
    expect(pack(shop, "N").carriedIn).toBe(600);
    buy(shop, "M", "10h", "2024-12-02T12:00:00Z");
    expect(pack(shop, "N")).toMatchObject({
      outcome: "carried",
      carriedOut: 600,
      expired: 600,
      carriedRemaining: 0,
    });
    expect(pack(shop, "M")).toMatchObject({ carriedIn: 600, carriedInFromId: "N" });
    expectLogMatchesPacks(shop);
  });

  test("a pack with no unused own minutes does not claim a renewal and settles as delivered", () => {
    const shop = newShop();
    buy(shop, "P", "10h", "2024-06-01T12:00:00Z");
    approve(shop, "q", 600, "2024-06-02T00:00:00Z");
    complete(shop, "q", 600, "2024-06-03T00:00:00Z");
    expect(pack(shop, "P").settlement).toEqual({ basis: "delivered", minutes: 600 });
    buy(shop, "N", "10h", "2024-09-02T12:00:00Z");
    expect(pack(shop, "P")).toMatchObject({ outcome: "expired", carriedOutToId: null });
    expect(pack(shop, "N").carriedInFromId).toBeNull();
  });

  test("a pack whose unused own minutes are all held still claims the renewal; the hold carries when released", () => {
    const shop = newShop();
    buy(shop, "P", "10h", "2024-06-01T12:00:00Z");
    approve(shop, "q", 600, "2024-08-30T00:00:00Z");
    buy(shop, "N", "10h", "2024-09-02T12:00:00Z");
    expect(pack(shop, "P")).toMatchObject({ outcome: "carried", carriedOut: 0, settlement: null });
    expect(pack(shop, "N")).toMatchObject({ carriedInFromId: "P", carriedIn: 0 });
    complete(shop, "q", 300, "2024-09-05T00:00:00Z");
    sweep(shop, "2024-09-05T00:00:00Z");
    expect(pack(shop, "N").carriedIn).toBe(300);
    expect(pack(shop, "P").settlement).toEqual({ basis: "whole_pack", minutes: 600 });
  });

  test("unheld carried-in minutes expire at the receiver's expiry even while its window is open", () => {
    const shop = newShop();
    buy(shop, "P", "10h", "2024-06-01T12:00:00Z");
    buy(shop, "N", "10h", "2024-09-01T12:00:00Z");
    sweep(shop, "2024-12-01T00:00:00Z");
    expect(pack(shop, "N")).toMatchObject({
      outcome: null,
      carriedRemaining: 0,
      expired: 600,
      ownRemaining: 600,
    });
  });
});

describe("settlement", () => {
  test("an exhausted pack settles delivered for its purchased hours before expiry", () => {
    const shop = newShop();
    buy(shop, "P", "10h", "2024-06-01T12:00:00Z");
    approve(shop, "q", 600, "2024-06-02T00:00:00Z");
    expect(pack(shop, "P").settlement).toBeNull();
    complete(shop, "q", 600, "2024-06-03T00:00:00Z");
    sweep(shop, "2024-06-03T00:00:00Z");
    expect(pack(shop, "P").settlement).toEqual({ basis: "delivered", minutes: 600 });
  });

  test("a carried-over pack settles whole_pack whatever was used", () => {
    const shop = shopWithP();
    buy(shop, "N", "10h", "2024-09-02T12:00:00Z");
    expect(pack(shop, "P").settlement).toEqual({ basis: "whole_pack", minutes: 600 });
  });

  test("an expired pack settles delivered for its own minutes used, never counting carried-in minutes", () => {
    const shop = newShop();
    buy(shop, "P", "10h", "2024-06-01T12:00:00Z");
    buy(shop, "N", "10h", "2024-09-01T12:00:00Z");
    approve(shop, "q", 900, "2024-09-02T00:00:00Z");
    complete(shop, "q", 900, "2024-09-03T00:00:00Z"); // 600 own + 300 carried
    sweep(shop, "2024-12-05T00:00:00Z");
    expect(pack(shop, "N")).toMatchObject({ usedOwn: 600, usedCarried: 300, expired: 300 });
    expect(pack(shop, "N").settlement).toEqual({ basis: "delivered", minutes: 600 });
  });

  test("settlement waits for open holds", () => {
    const shop = newShop();
    buy(shop, "P", "10h", "2024-06-01T12:00:00Z");
    approve(shop, "q", 60, "2024-08-30T00:00:00Z");
    sweep(shop, "2024-09-10T00:00:00Z");
    expect(pack(shop, "P")).toMatchObject({ outcome: "expired", settlement: null });
  });

  test("settlement never exceeds the purchased minutes, even after a goodwill adjustment", () => {
    const p = makePack({ id: "P", ownRemaining: 0, usedOwn: 660, adjusted: 60, outcome: "expired" });
    const plan = planTime([p], at("2024-09-10T00:00:00Z"), "UTC", DEFAULT_POLICY);
    expect(plan.settlements).toEqual([{ packId: "P", basis: "delivered", minutes: 600 }]);
  });
});

describe("planning time", () => {
  test("is idempotent: planning again after applying the plan plans nothing", () => {
    const shop = newShop("UTC", DEFAULT_POLICY, false);
    buy(shop, "A", "10h", "2024-06-01T12:00:00Z");
    buy(shop, "B", "25h", "2024-06-02T12:00:00Z");
    buy(shop, "N", "10h", "2024-09-02T12:00:00Z");
    approve(shop, "q", 60, "2024-09-03T00:00:00Z");
    for (const when of [
      "2024-09-01T00:00:00Z",
      "2024-09-03T00:00:00Z",
      "2024-09-10T00:00:00Z",
      "2025-01-01T00:00:00Z",
    ]) {
      const first = planTime(shop.packs, at(when), "UTC", DEFAULT_POLICY);
      const after = applyPlan(shop.packs, first);
      expect(planTime(after, at(when), "UTC", DEFAULT_POLICY)).toEqual({
        entries: [],
        outcomes: [],
        carriedInFrom: [],
        settlements: [],
      });
    }
  });

  test("deciding late gives the same result as deciding on time", () => {
    const stepwise = newShop();
    const late = newShop("UTC", DEFAULT_POLICY, false);
    for (const shop of [stepwise, late]) {
      buy(shop, "A", "10h", "2024-06-01T12:00:00Z");
      buy(shop, "B", "10h", "2024-06-05T12:00:00Z");
      buy(shop, "N", "10h", "2024-09-03T12:00:00Z");
    }
    for (const day of ["2024-09-02", "2024-09-04", "2024-09-06", "2024-09-09"])
      sweep(stepwise, `${day}T00:00:00Z`);
    sweep(late, "2024-09-09T00:00:00Z");
    expect(late.packs).toEqual(stepwise.packs);
  });
});
