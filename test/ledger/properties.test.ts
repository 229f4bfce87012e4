import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { assertPackInvariant } from "../../app/ledger/balances";
import { applyPlan } from "../../app/ledger/project";
import { planTime } from "../../app/ledger/retention";
import type { PackState, TierId } from "../../app/ledger/types";
import { approve, buy, cancel, complete, expectLogMatchesPacks, newShop, sweep, type Shop } from "./shop";

type Command =
  | { type: "buy"; tier: TierId }
  | { type: "approve"; minutes: number }
  | { type: "complete"; pick: number; minutes: number }
  | { type: "cancel"; pick: number }
  | { type: "advance"; ms: number }
  | { type: "sweep" };

const MINUTE = 60_000;
const DAY = 86_400_000;

const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant("buy" as const),
      tier: fc.constantFrom<TierId>("10h", "25h", "50h", "75h"),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant("approve" as const),
      minutes: fc.integer({ min: 1, max: 3_000 }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant("complete" as const),
      pick: fc.nat(),
      minutes: fc.integer({ min: 1, max: 3_000 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ type: fc.constant("cancel" as const), pick: fc.nat() }) },
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant("advance" as const),
      ms: fc.oneof(fc.integer({ min: 1, max: 2 * DAY }), fc.integer({ min: MINUTE, max: 40 * DAY })),
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant("sweep" as const) }) },
);

const setup = fc.record({
  start: fc.integer({ min: Date.UTC(2023, 9, 1), max: Date.UTC(2025, 0, 1) }),
  tz: fc.constantFrom(
    "UTC",
    "Pacific/Auckland",
    "Asia/Tokyo",
    "Europe/Berlin",
    "America/New_York",
    "America/Los_Angeles",
    "Pacific/Honolulu",
  ),
  policy: fc.record({
    retentionWindowDays: fc.integer({ min: 0, max: 10 }),
    earlyRenewalDays: fc.integer({ min: 0, max: 30 }),
  }),
  autoSweep: fc.boolean(),
  commands: fc.array(command, { minLength: 10, maxLength: 80, size: "max" }),
});

// What the generated runs reached, so the properties are known to cover carries and late holds.
const reached = new Map<string, number>();
const note = (what: string) => reached.set(what, (reached.get(what) ?? 0) + 1);

function checkShop(shop: Shop, now: Date, previous: Map<string, PackState>): void {
  for (const p of shop.packs) {
    assertPackInvariant(p);
    if (p.settlement) {
      expect(Number.isInteger(p.settlement.minutes)).toBe(true);
      expect(p.settlement.minutes).toBeGreaterThanOrEqual(0);
      expect(p.settlement.minutes).toBeLessThanOrEqual(p.ownMinutes);
    }
    const before = previous.get(p.id);
    if (before?.settlement) expect(p.settlement).toEqual(before.settlement);
    if (before?.outcome)
      expect([p.outcome, p.carriedOutToId]).toEqual([before.outcome, before.carriedOutToId]);
    if (before?.carriedInFromId) expect(p.carriedInFromId).toBe(before.carriedInFromId);
    // Every carry-in of a pack comes from the single pack it names.
    const sources = new Set(
      shop.log.filter((e) => e.packId === p.id && e.kind === "carry_in").map((e) => e.relatedPackId),
    );
    expect([...sources].every((s) => s === p.carriedInFromId)).toBe(true);
  }
  // Open holds in the model equal the held balances of the packs.
  const held = new Map<string, { own: number; carried: number }>();
  for (const parts of shop.holds.values()) {
    for (const part of parts) {
      const h = held.get(part.packId) ?? { own: 0, carried: 0 };
      held.set(part.packId, { own: h.own + part.own, carried: h.carried + part.carried });
    }
  }
  for (const p of shop.packs)
    expect(held.get(p.id) ?? { own: 0, carried: 0 }).toEqual({ own: p.heldOwn, carried: p.heldCarried });
  expectLogMatchesPacks(shop);
  // Per shop, carries cancel out: purchased + adjusted = used + remaining + expired.
  const sum = (f: (p: PackState) => number) => shop.packs.reduce((s, p) => s + f(p), 0);
  expect(sum((p) => p.carriedIn)).toBe(sum((p) => p.carriedOut));
  expect(sum((p) => p.ownMinutes + p.adjusted)).toBe(
    sum((p) => p.usedOwn + p.usedCarried + p.ownRemaining + p.carriedRemaining + p.expired),
  );
  // Planning time is idempotent.
  const plan = planTime(shop.packs, now, shop.tz, shop.policy);
  expect(planTime(applyPlan(shop.packs, plan), now, shop.tz, shop.policy)).toEqual({
    entries: [],
    outcomes: [],
    carriedInFrom: [],
    settlements: [],
  });
}

function runSetup(input: {
  start: number;
  tz: string;
  policy: Shop["policy"];
  autoSweep: boolean;
  commands: Command[];
}): Shop {
  const shop = newShop(input.tz, input.policy, input.autoSweep);
  let now = new Date(input.start);
  let ids = 0;
  for (const c of input.commands) {
    const previous = new Map(shop.packs.map((p) => [p.id, p]));
    const quotes = [...shop.holds.keys()];
    switch (c.type) {
      case "buy":
        buy(shop, `p${ids++}`, c.tier, now);
        break;
      case "approve": {
        const result = approve(shop, `q${ids++}`, c.minutes, now);
        if (!result.ok) expect(result.code).toBe("insufficient_hours");
        break;
      }
      case "complete": {
        const quote = quotes[c.pick % Math.max(quotes.length, 1)];
        if (quote === undefined) break;
        const parts = shop.holds.get(quote) ?? [];
        const result = complete(shop, quote, c.minutes, now);
        if (!result.ok) {
          note("completion refused");
          expect(result.code).toBe("insufficient_hours");
          if (result.code === "insufficient_hours") expect(result.missingMinutes).toBeGreaterThan(0);
          break;
        }
        // Nothing is drawn from an expired pack beyond what the quote held there.
        for (const e of result.entries.filter((x) => x.kind === "usage")) {
          const p = previous.get(e.packId);
          if (p?.expiresAt && now >= p.expiresAt) {
            const part = parts.find((x) => x.packId === e.packId);
            expect(e.own + e.carried).toBeLessThanOrEqual((part?.own ?? 0) + (part?.carried ?? 0));
            note("usage after expiry from a hold");
          }
        }
        expect(
          result.entries.filter((x) => x.kind === "usage").reduce((s, x) => s + x.own + x.carried, 0),
        ).toBe(c.minutes);
        break;
      }
      case "cancel": {
        const quote = quotes[c.pick % Math.max(quotes.length, 1)];
        if (quote !== undefined) expect(cancel(shop, quote, now)).toMatchObject({ ok: true });
        break;
      }
      case "advance":
        now = new Date(now.getTime() + c.ms);
        break;
      case "sweep":
        sweep(shop, now);
        break;
    }
    checkShop(shop, now, previous);
  }
  for (const e of shop.log)
    note(
      e.quoteId !== undefined && (e.kind === "carry_out" || e.kind === "expiry")
        ? `${e.kind} on release`
        : e.kind,
    );
  for (const p of shop.packs) if (p.settlement) note(`settled ${p.settlement.basis}`);
  return shop;
}

describe("ledger properties", () => {
  test("any sequence of purchases, approvals, completions, cancels and time steps keeps every pack consistent", () => {
    fc.assert(
      fc.property(setup, (input) => {
        runSetup(input);
      }),
      // A fixed seed: the coverage check below must not depend on luck (a failing run prints its
      // own seed and path to replay). A run with random seeds found a run that never carried out
      // on release, which made CI fail while the ledger was right.
      { numRuns: 250, seed: 20_261_201 },
    );
    for (const what of [
      "carry_out",
      "carry_in",
      "expiry",
      "carry_out on release",
      "expiry on release",
      "usage after expiry from a hold",
      "completion refused",
      "settled delivered",
      "settled whole_pack",
    ]) {
      expect(reached.get(what) ?? 0, what).toBeGreaterThan(0);
    }
  }, 60_000);

  test("once holds are gone and every window has closed, every expiring pack is decided and settled", () => {
    fc.assert(
      fc.property(setup, (input) => {
        const shop = runSetup(input);
        const last = shop.packs.reduce((t, p) => Math.max(t, p.paidAt.getTime()), input.start);
        const end = new Date(last + 200 * DAY);
        for (const quote of [...shop.holds.keys()])
          expect(cancel(shop, quote, end)).toMatchObject({ ok: true });
        sweep(shop, end);
        checkShop(shop, end, new Map());
        for (const p of shop.packs) {
          if (p.expiresAt === null) {
            expect(p.outcome).toBeNull();
            continue;
          }
          expect(p.outcome).not.toBeNull();
          expect(p.settlement).not.toBeNull();
          expect(p.ownRemaining + p.carriedRemaining).toBe(0);
          if (p.outcome === "carried")
            expect(p.settlement).toEqual({ basis: "whole_pack", minutes: p.ownMinutes });
          else
            expect(p.settlement).toEqual({ basis: "delivered", minutes: Math.min(p.usedOwn, p.ownMinutes) });
        }
      }),
      { numRuns: 150, seed: 20_261_202 },
    );
  }, 60_000);
});
