import { describe, expect, test } from "vitest";
import { HOLD_NOT_FOUND } from "../../app/ledger/messages";
import { planApprove, planComplete, planRelease } from "../../app/ledger/quotes";
import { DEFAULT_POLICY } from "../../app/ledger/types";
import {
  approve,
  at,
  buy,
  cancel,
  complete,
  expectLogMatchesPacks,
  makePack,
  newShop,
  pack,
  sweep,
} from "./shop";

describe("approving a quote", () => {
  test("holds the estimate on the earliest-expiring pack", () => {
    const shop = newShop();
    buy(shop, "june", "10h", "2024-06-01T12:00:00Z");
    buy(shop, "july", "10h", "2024-07-01T12:00:00Z");
    const plan = approve(shop, "q1", 660, "2024-07-02T00:00:00Z");
    expect(plan).toEqual({
      ok: true,
      entries: [
        { packId: "june", kind: "hold", own: 600, carried: 0, quoteId: "q1" },
        { packId: "july", kind: "hold", own: 60, carried: 0, quoteId: "q1" },
      ],
    });
    expect(pack(shop, "june").heldOwn).toBe(600);
  });

  test("fails with insufficient_hours and changes nothing when the estimate exceeds available minutes", () => {
    const shop = newShop();
    buy(shop, "june", "10h", "2024-06-01T12:00:00Z");
    approve(shop, "q1", 450, "2024-06-02T00:00:00Z");
    const before = structuredClone(shop.packs);
    const result = approve(shop, "q2", 240, "2024-06-02T00:00:00Z");
    expect(result).toEqual({
      ok: false,
      code: "insufficient_hours",
      missingMinutes: 90,
      availableMinutes: 150,
      message: "Needs 4 h, 2.5 h available. Buy a 25 h pack or lower the estimate.",
    });
    expect(shop.packs).toEqual(before);
  });

  test("an estimate that is not a positive whole number of minutes is invalid_hours", () => {
    const packs = [makePack({ id: "p" })];
    for (const bad of [0, -5, 1.5, Number.NaN]) {
      expect(planApprove(packs, "q", bad, at("2024-06-02T00:00:00Z"))).toMatchObject({
        ok: false,
        code: "invalid_hours",
      });
    }
  });

  test("nothing can be held on a pack from its expiry instant on", () => {
    const p = makePack({ id: "p" });
    expect(planApprove([p], "q", 60, at("2024-08-31T23:59:59.999Z"))).toMatchObject({ ok: true });
    expect(planApprove([p], "q", 60, at("2024-09-01T00:00:00Z"))).toMatchObject({
      ok: false,
      code: "insufficient_hours",
      missingMinutes: 60,
    });
  });
});

describe("completing a quote", () => {
  test("deducts the actual time from the hold and releases the rest", () => {
    const shop = newShop();
    buy(shop, "june", "10h", "2024-06-01T12:00:00Z");
    approve(shop, "q1", 240, "2024-06-02T00:00:00Z");
    const plan = complete(shop, "q1", 90, "2024-06-03T00:00:00Z");
    expect(plan).toEqual({
      ok: true,
      entries: [
        { packId: "june", kind: "release", own: 240, carried: 0, quoteId: "q1" },
        { packId: "june", kind: "usage", own: 90, carried: 0, quoteId: "q1" },
      ],
    });
    expect(pack(shop, "june")).toMatchObject({ usedOwn: 90, heldOwn: 0, ownRemaining: 510 });
    expectLogMatchesPacks(shop);
  });

  test("takes extra time beyond the hold from available minutes", () => {
    const shop = newShop();
    buy(shop, "june", "10h", "2024-06-01T12:00:00Z");
    buy(shop, "july", "10h", "2024-07-01T12:00:00Z");
    approve(shop, "q1", 240, "2024-07-02T00:00:00Z");
    approve(shop, "q2", 300, "2024-07-02T00:00:00Z");
    expect(complete(shop, "q1", 480, "2024-07-03T00:00:00Z")).toMatchObject({ ok: true });
    // q1 used its 240 held on june, then june's 60 unheld (q2 holds 300 there), then 180 of july.
    expect(pack(shop, "june")).toMatchObject({ usedOwn: 300, heldOwn: 300 });
    expect(pack(shop, "july")).toMatchObject({ usedOwn: 180, heldOwn: 0 });
    expectLogMatchesPacks(shop);
  });

  test("fails with the missing minutes when the extra is not available, and changes nothing", () => {
    const shop = newShop();
    buy(shop, "june", "10h", "2024-06-01T12:00:00Z");
    approve(shop, "q1", 240, "2024-06-02T00:00:00Z");
    approve(shop, "q2", 300, "2024-06-02T00:00:00Z");
    const before = structuredClone(shop.packs);
    const result = complete(shop, "q1", 330, "2024-06-03T00:00:00Z");
    expect(result).toEqual({
      ok: false,
      code: "insufficient_hours",
      missingMinutes: 30,
      availableMinutes: 60,
      message:
        "Needs 1.5 h more than the 4 h held, 1 h available: 0.5 h (30 min) short. Buy a 25 h pack, then complete the quote.",
    });
    expect(shop.packs).toEqual(before);
    expect(shop.holds.get("q1")).toEqual([{ packId: "june", own: 240, carried: 0 }]);
  });

  test("an actual time of 0 is refused: the quote should be cancelled instead", () => {
    const p = makePack({ id: "p", heldOwn: 60 });
    const result = planComplete(
      [p],
      [{ packId: "p", own: 60, carried: 0 }],
      "q",
      0,
      at("2024-06-03T00:00:00Z"),
      DEFAULT_POLICY,
      "UTC",
    );
    expect(result).toMatchObject({ ok: false, code: "invalid_hours" });
    if (!result.ok) expect(result.message).toContain("cancel the quote");
    expect(planComplete([p], [], "q", 2.5, at("2024-06-03T00:00:00Z"), DEFAULT_POLICY, "UTC")).toMatchObject({
      code: "invalid_hours",
    });
  });

  test("uses held own minutes before held carried-in minutes, over packs in consumption order", () => {
    const a = makePack({
      id: "a",
      ownRemaining: 30,
      carriedRemaining: 60,
      carriedIn: 60,
      usedOwn: 570,
      heldOwn: 30,
      heldCarried: 60,
    });
    const b = makePack({
      id: "b",
      expiresAt: at("2024-10-01T00:00:00Z"),
      paidAt: at("2024-07-01T00:00:00Z"),
      heldOwn: 100,
    });
    const parts = [
      { packId: "b", own: 100, carried: 0 },
      { packId: "a", own: 30, carried: 60 },
    ];
    const plan = planComplete([a, b], parts, "q", 50, at("2024-08-01T00:00:00Z"), DEFAULT_POLICY, "UTC");
    expect(plan.ok && plan.entries.filter((e) => e.kind === "usage")).toEqual([
      { packId: "a", kind: "usage", own: 30, carried: 20, quoteId: "q" },
    ]);
  });

  test("a hold part larger than what the pack holds is a broken invariant", () => {
    const p = makePack({ id: "p", heldOwn: 10 });
    expect(() =>
      planRelease(
        [p],
        [{ packId: "p", own: 20, carried: 0 }],
        "q",
        at("2024-06-03T00:00:00Z"),
        DEFAULT_POLICY,
        "UTC",
      ),
    ).toThrow(HOLD_NOT_FOUND);
  });

  test("planning never mutates the packs it is given", () => {
    const p = makePack({ id: "p", heldOwn: 60 });
    const frozen = structuredClone(p);
    planComplete(
      [p],
      [{ packId: "p", own: 60, carried: 0 }],
      "q",
      90,
      at("2024-06-03T00:00:00Z"),
      DEFAULT_POLICY,
      "UTC",
    );
    expect(p).toEqual(frozen);
  });
});

describe("holds that outlive expiry", () => {
  test("a quote approved before expiry may be completed after it from its hold", () => {
    const shop = newShop();
    buy(shop, "june", "10h", "2024-06-01T12:00:00Z");
    approve(shop, "q1", 240, "2024-08-30T00:00:00Z");
    expect(complete(shop, "q1", 240, "2024-09-10T00:00:00Z")).toMatchObject({ ok: true });
    expect(pack(shop, "june")).toMatchObject({ usedOwn: 240, heldOwn: 0, expired: 360, outcome: "expired" });
    expectLogMatchesPacks(shop);
  });

  test("extra time beyond the hold cannot come from an expired pack", () => {
    const shop = newShop();
    buy(shop, "june", "10h", "2024-06-01T12:00:00Z");
    approve(shop, "q1", 240, "2024-08-30T00:00:00Z");
    const result = complete(shop, "q1", 241, "2024-09-01T00:00:00Z");
    expect(result).toMatchObject({
      ok: false,
      code: "insufficient_hours",
      missingMinutes: 1,
      availableMinutes: 0,
    });
  });

  test("extra time beyond the hold may come from another unexpired pack", () => {
    const shop = newShop();
    buy(shop, "june", "10h", "2024-06-01T12:00:00Z");
    approve(shop, "q1", 240, "2024-08-30T00:00:00Z");
    buy(shop, "oct", "25h", "2024-10-01T00:00:00Z");
    expect(complete(shop, "q1", 300, "2024-10-02T00:00:00Z")).toMatchObject({ ok: true });
    expect(pack(shop, "june")).toMatchObject({ usedOwn: 240 });
    expect(pack(shop, "oct")).toMatchObject({ usedOwn: 60, carriedIn: 0 });
  });

  test("minutes released after expiry from a carried-over pack go to its receiver", () => {
    const shop = newShop();
    buy(shop, "june", "10h", "2024-06-01T12:00:00Z");
    approve(shop, "q1", 240, "2024-08-30T00:00:00Z");
    buy(shop, "sept", "10h", "2024-09-02T12:00:00Z");
    expect(pack(shop, "june")).toMatchObject({
      outcome: "carried",
      carriedOutToId: "sept",
      carriedOut: 360,
      heldOwn: 240,
      settlement: null,
    });
    const plan = cancel(shop, "q1", "2024-09-20T00:00:00Z");
    expect(plan).toEqual({
      ok: true,
      entries: [
        { packId: "june", kind: "release", own: 240, carried: 0, quoteId: "q1" },
        { packId: "june", kind: "carry_out", own: 240, carried: 0, relatedPackId: "sept", quoteId: "q1" },
        { packId: "sept", kind: "carry_in", own: 0, carried: 240, relatedPackId: "june", quoteId: "q1" },
      ],
    });
    expect(pack(shop, "sept")).toMatchObject({ carriedIn: 600, carriedRemaining: 600 });
    sweep(shop, "2024-09-20T00:00:00Z");
    expect(pack(shop, "june").settlement).toEqual({ basis: "whole_pack", minutes: 600 });
    expectLogMatchesPacks(shop);
  });

  test("minutes released after the window closed without a renewal expire", () => {
    const shop = newShop();
    buy(shop, "june", "10h", "2024-06-01T12:00:00Z");
    approve(shop, "q1", 240, "2024-08-30T00:00:00Z");
    sweep(shop, "2024-09-04T00:00:00Z");
    expect(pack(shop, "june")).toMatchObject({ outcome: "expired", expired: 360, heldOwn: 240 });
    const plan = cancel(shop, "q1", "2024-09-05T00:00:00Z");
    expect(plan.ok && plan.entries.map((e) => [e.kind, e.own])).toEqual([
      ["release", 240],
      ["expiry", 240],
    ]);
    sweep(shop, "2024-09-05T00:00:00Z");
    expect(pack(shop, "june")).toMatchObject({
      expired: 600,
      settlement: { basis: "delivered", minutes: 0 },
    });
  });

  test("minutes released while the window is open stay, and carry when a renewal comes", () => {
    const shop = newShop();
    buy(shop, "june", "10h", "2024-06-01T12:00:00Z");
    approve(shop, "q1", 240, "2024-08-30T00:00:00Z");
    const plan = cancel(shop, "q1", "2024-09-01T06:00:00Z");
    expect(plan.ok && plan.entries.map((e) => e.kind)).toEqual(["release"]);
    expect(pack(shop, "june")).toMatchObject({ outcome: null, ownRemaining: 600, heldOwn: 0 });
    buy(shop, "sept", "10h", "2024-09-03T23:59:59.999Z");
    expect(pack(shop, "june")).toMatchObject({
      outcome: "carried",
      carriedOut: 600,
      settlement: { basis: "whole_pack", minutes: 600 },
    });
    expect(pack(shop, "sept")).toMatchObject({ carriedIn: 600, carriedInFromId: "june" });
  });

  test("released carried-in minutes of an expired pack always expire", () => {
    const p = makePack({
      id: "p",
      ownRemaining: 0,
      usedOwn: 600,
      carriedRemaining: 120,
      carriedIn: 120,
      heldCarried: 120,
      carriedInFromId: "x",
    });
    const plan = planRelease(
      [p],
      [{ packId: "p", own: 0, carried: 120 }],
      "q",
      at("2024-09-01T00:00:00Z"),
      DEFAULT_POLICY,
      "UTC",
    );
    expect(plan).toEqual({
      ok: true,
      entries: [
        { packId: "p", kind: "release", own: 0, carried: 120, quoteId: "q" },
        { packId: "p", kind: "expiry", own: 0, carried: 120, quoteId: "q" },
      ],
    });
  });

  test("leftover held minutes of a completed quote follow the expired pack's outcome", () => {
    const shop = newShop();
    buy(shop, "june", "10h", "2024-06-01T12:00:00Z");
    approve(shop, "q1", 240, "2024-08-30T00:00:00Z");
    buy(shop, "sept", "10h", "2024-09-02T12:00:00Z");
    const plan = complete(shop, "q1", 60, "2024-09-05T00:00:00Z");
    expect(plan.ok && plan.entries.map((e) => [e.packId, e.kind, e.own, e.carried])).toEqual([
      ["june", "release", 240, 0],
      ["june", "usage", 60, 0],
      ["june", "carry_out", 180, 0],
      ["sept", "carry_in", 0, 180],
    ]);
    expectLogMatchesPacks(shop);
  });
});
