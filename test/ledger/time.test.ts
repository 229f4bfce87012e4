// Time's rules stepped through in memory: every boundary up to an instant, each change dated at
// the instant its rule took effect, and windows that await a pending purchase.
import { describe, expect, test } from "vitest";
import { PENDING_PURCHASE_AWAIT_MS, awaitingPacks } from "../../app/ledger/awaiting";
import { planTimeUntil, timeBoundaries } from "../../app/ledger/time";
import { DEFAULT_POLICY } from "../../app/ledger/types";
import {
  approve,
  at,
  buy,
  complete,
  confirmPurchase,
  declinePurchase,
  expectLogMatchesPacks,
  newShop,
  pack,
  startPurchase,
  sweep,
  type Shop,
} from "./shop";

// P: 10 h paid 2024-06-01 (UTC), 8 h used; expires 2024-09-01, window ends 2024-09-04 00:00.
function shopWithP(autoSweep = true): Shop {
  const shop = newShop("UTC", DEFAULT_POLICY, autoSweep);
  buy(shop, "P", "10h", "2024-06-01T12:00:00Z");
  approve(shop, "q", 480, "2024-06-02T00:00:00Z");
  complete(shop, "q", 480, "2024-06-03T00:00:00Z");
  return shop;
}

const dated = (changes: ReturnType<typeof sweep>) =>
  changes.entries.map((e) => [e.packId, e.kind, e.own + e.carried, e.at.toISOString()]);

describe("stepping through time's boundaries", () => {
  test("a late sweep dates the expiry and the settlement at the window's end", () => {
    const shop = shopWithP();
    const changes = sweep(shop, "2024-10-15T00:00:00Z");
    expect(dated(changes)).toEqual([["P", "expiry", 120, "2024-09-04T00:00:00.000Z"]]);
    expect(changes.outcomes).toEqual([{ packId: "P", outcome: "expired" }]);
    expect(changes.settlements).toEqual([
      { packId: "P", basis: "delivered", minutes: 480, at: at("2024-09-04T00:00:00Z") },
    ]);
    expectLogMatchesPacks(shop);
  });

  test("a pack that cannot carry over expires at its expiry, not at the window's end", () => {
    const shop = newShop();
    buy(shop, "april", "10h", "2024-04-30T12:00:00Z"); // before the carry-over cutover
    const changes = sweep(shop, "2024-12-01T00:00:00Z");
    expect(dated(changes)).toEqual([["april", "expiry", 600, "2024-07-30T00:00:00.000Z"]]);
    expect(changes.settlements[0]?.at).toEqual(at("2024-07-30T00:00:00Z"));
  });

  test("carried-in minutes expire at the receiver's expiry and its own at its window's end, in one late sweep", () => {
    const shop = shopWithP();
    buy(shop, "N", "10h", "2024-09-02T12:00:00Z");
    expect(pack(shop, "N").carriedIn).toBe(120);
    const changes = sweep(shop, "2025-03-01T00:00:00Z");
    expect(dated(changes)).toEqual([
      ["N", "expiry", 120, "2024-12-02T00:00:00.000Z"],
      ["N", "expiry", 600, "2024-12-05T00:00:00.000Z"],
    ]);
    expect(changes.settlements).toEqual([
      { packId: "N", basis: "delivered", minutes: 0, at: at("2024-12-05T00:00:00Z") },
    ]);
  });

  test("several packs are decided in time order, each at its own boundary", () => {
    const shop = newShop("UTC", DEFAULT_POLICY, false);
    buy(shop, "A", "10h", "2024-06-01T12:00:00Z");
    buy(shop, "B", "25h", "2024-07-15T12:00:00Z");
    buy(shop, "C", "10h", "2024-08-10T12:00:00Z");
    const changes = sweep(shop, "2025-01-01T00:00:00Z");
    expect(dated(changes)).toEqual([
      ["A", "expiry", 600, "2024-09-04T00:00:00.000Z"],
      ["B", "expiry", 1500, "2024-10-18T00:00:00.000Z"],
      ["C", "expiry", 600, "2024-11-13T00:00:00.000Z"],
    ]);
    expect(changes.settlements.map((s) => [s.packId, s.at.toISOString()])).toEqual([
      ["A", "2024-09-04T00:00:00.000Z"],
      ["B", "2024-10-18T00:00:00.000Z"],
      ["C", "2024-11-13T00:00:00.000Z"],
    ]);
  });

  test("a renewal bought inside an early window receives at the expiry, dated then", () => {
    const shop = newShop("UTC", DEFAULT_POLICY, false);
    buy(shop, "P", "10h", "2024-06-01T12:00:00Z");
    buy(shop, "N", "10h", "2024-08-25T12:00:00Z");
    const changes = sweep(shop, "2024-10-01T00:00:00Z");
    expect(dated(changes)).toEqual([
      ["P", "carry_out", 600, "2024-09-01T00:00:00.000Z"],
      ["N", "carry_in", 600, "2024-09-01T00:00:00.000Z"],
    ]);
    expect(changes.carriedInFrom).toEqual([{ packId: "N", fromId: "P" }]);
  });

  test("one late sweep records what daily sweeps record, with the same dates", () => {
    const daily = shopWithP(false);
    const late = shopWithP(false);
    for (const s of [daily, late]) {
      buy(s, "B", "10h", "2024-06-05T12:00:00Z");
      buy(s, "N", "10h", "2024-09-03T12:00:00Z");
    }
    const recorded: ReturnType<typeof dated> = [];
    for (
      let day = at("2024-08-30T00:00:00Z");
      day <= at("2024-12-20T00:00:00Z");
      day = new Date(day.getTime() + 86_400_000)
    )
      recorded.push(...dated(sweep(daily, day)));
    expect(dated(sweep(late, "2024-12-20T00:00:00Z"))).toEqual(recorded);
    expect(late.packs).toEqual(daily.packs);
  });

  test("planning again on the result plans nothing", () => {
    const shop = shopWithP(false);
    buy(shop, "N", "10h", "2024-09-02T12:00:00Z");
    const options = { timeZone: "UTC", policy: DEFAULT_POLICY };
    const first = planTimeUntil(shop.packs, at("2025-01-01T00:00:00Z"), options);
    expect(first.entries.length).toBeGreaterThan(0);
    expect(planTimeUntil(first.packs, at("2025-01-01T00:00:00Z"), options)).toEqual({
      entries: [],
      outcomes: [],
      carriedInFrom: [],
      settlements: [],
      packs: first.packs,
    });
  });

  test("the boundaries are the expiries and window ends of undecided packs before the instant", () => {
    const shop = newShop("America/New_York", DEFAULT_POLICY, false);
    buy(shop, "P", "10h", "2024-06-01T16:00:00Z");
    buy(shop, "legacy", "10h", "2023-06-01T16:00:00Z");
    expect(timeBoundaries(shop.packs, at("2024-09-10T00:00:00Z"), shop.tz, shop.policy)).toEqual([
      at("2024-09-01T04:00:00Z"),
      at("2024-09-04T04:00:00Z"),
    ]);
    expect(timeBoundaries(shop.packs, at("2024-09-04T04:00:00Z"), shop.tz, shop.policy)).toEqual([
      at("2024-09-01T04:00:00Z"),
    ]);
    sweep(shop, "2024-09-10T00:00:00Z");
    expect(timeBoundaries(shop.packs, at("2024-12-01T00:00:00Z"), shop.tz, shop.policy)).toEqual([]);
  });
});

describe("a window awaiting a pending purchase", () => {
  test("stays open past its end while a purchase created inside it is pending, and carries when it is confirmed", () => {
    const shop = shopWithP();
    startPurchase(shop, "2024-09-03T23:50:00Z");
    sweep(shop, "2024-09-04T06:00:00Z");
    expect(pack(shop, "P")).toMatchObject({ outcome: null, expired: 0, ownRemaining: 120, settlement: null });
    confirmPurchase(shop, "N", "10h", "2024-09-03T23:50:00Z");
    sweep(shop, "2024-09-04T07:00:00Z");
    expect(pack(shop, "P")).toMatchObject({
      outcome: "carried",
      carriedOut: 120,
      settlement: { basis: "whole_pack", minutes: 600 },
    });
    expect(pack(shop, "N")).toMatchObject({ carriedIn: 120, carriedInFromId: "P" });
    expectLogMatchesPacks(shop);
  });

  test("closes as of its end when the purchase is declined", () => {
    const shop = shopWithP();
    startPurchase(shop, "2024-09-03T23:50:00Z");
    sweep(shop, "2024-09-04T06:00:00Z");
    declinePurchase(shop, "2024-09-03T23:50:00Z");
    const changes = sweep(shop, "2024-09-04T08:00:00Z");
    expect(dated(changes)).toEqual([["P", "expiry", 120, "2024-09-04T00:00:00.000Z"]]);
  });

  test("does not await a purchase created after the window, nor one created before the early renewal start", () => {
    for (const created of ["2024-09-04T00:10:00Z", "2024-08-17T12:00:00Z"]) {
      const shop = shopWithP();
      startPurchase(shop, created);
      sweep(shop, "2024-09-04T06:00:00Z");
      expect(pack(shop, "P"), created).toMatchObject({ outcome: "expired", expired: 120 });
    }
  });

  test("awaits a purchase created inside the early renewal period before expiry", () => {
    const shop = shopWithP();
    startPurchase(shop, "2024-08-30T12:00:00Z");
    sweep(shop, "2024-09-05T00:00:00Z");
    expect(pack(shop, "P").outcome).toBeNull();
  });

  test("stops awaiting after the bounded wait: the window then closes as of its end", () => {
    const created = at("2024-09-03T23:50:00Z");
    const stillWaiting = shopWithP();
    startPurchase(stillWaiting, created);
    sweep(stillWaiting, new Date(created.getTime() + PENDING_PURCHASE_AWAIT_MS - 1));
    expect(pack(stillWaiting, "P").outcome).toBeNull();

    const done = shopWithP();
    startPurchase(done, created);
    const changes = sweep(done, new Date(created.getTime() + PENDING_PURCHASE_AWAIT_MS));
    expect(pack(done, "P")).toMatchObject({ outcome: "expired", expired: 120 });
    expect(dated(changes)).toEqual([["P", "expiry", 120, "2024-09-04T00:00:00.000Z"]]);
  });

  test("only the packs whose window the purchase was created in await it", () => {
    const shop = newShop("UTC", DEFAULT_POLICY, false);
    buy(shop, "A", "10h", "2024-06-01T12:00:00Z"); // window [Aug 18, Sep 4)
    buy(shop, "B", "10h", "2024-07-20T12:00:00Z"); // window [Oct 6, Oct 23)
    const pending = [at("2024-09-02T00:00:00Z")];
    const awaiting = awaitingPacks(shop.packs, at("2024-10-30T00:00:00Z"), "UTC", DEFAULT_POLICY, pending);
    expect([...awaiting]).toEqual(["A"]);
    expect(awaitingPacks(shop.packs, at("2024-09-03T00:00:00Z"), "UTC", DEFAULT_POLICY, pending).size).toBe(
      0,
    );
  });
});
