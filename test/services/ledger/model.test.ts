// Model test: random sequences of service calls against a simple model of quotes and minutes.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { TIERS } from "~/ledger";
import prisma from "~/db.server";
import { checkLedger } from "~/services/ledger/check.server";
import {
  approveQuote,
  cancelQuote,
  completeQuote,
  createQuote,
  declineQuote,
} from "~/services/ledger/quotes.server";
import { applyTime } from "~/services/ledger/time.server";
import { buy, createShop } from "../../support/ledger";

interface Model {
  quotes: { id: string; status: string; estimate: number; actual: number | null }[];
  purchased: number;
}
interface Real {
  shopId: string;
  clock: Date;
}
type Command = fc.AsyncCommand<Model, Real>;

const HOUR = 60 * 60 * 1000;
const pick = <T>(items: T[], index: number): T | undefined =>
  items.length ? items[index % items.length] : undefined;

class Buy implements Command {
  constructor(readonly tier: number) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const tier = TIERS[this.tier % TIERS.length]!;
    await buy(r.shopId, tier.id, r.clock);
    m.purchased += tier.minutes;
  }
  toString = () => `buy(${this.tier})`;
}

class Quote implements Command {
  constructor(readonly quarterHours: number) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const created = await createQuote(
      { shopId: r.shopId, title: "q", estimate: { minutes: this.quarterHours * 15 } },
      r.clock,
    );
    if (!created.ok) throw new Error(created.message);
    m.quotes.push({
      id: created.quote.id,
      status: "pending",
      estimate: this.quarterHours * 15,
      actual: null,
    });
  }
  toString = () => `quote(${this.quarterHours * 15} min)`;
}

class Act implements Command {
  constructor(
    readonly verb: "approve" | "decline" | "cancel" | "complete",
    readonly index: number,
    readonly minutes: number,
  ) {}
  check = (m: Readonly<Model>) => m.quotes.length > 0;
  async run(m: Model, r: Real) {
    const quote = pick(m.quotes, this.index)!;
    const held = await heldMinutes(r.shopId);
    const result =
      this.verb === "approve"
        ? await approveQuote(r.shopId, quote.id, r.clock)
        : this.verb === "decline"
          ? await declineQuote(r.shopId, quote.id, r.clock)
          : this.verb === "cancel"
            ? await cancelQuote(r.shopId, quote.id, r.clock)
            : await completeQuote(r.shopId, quote.id, { minutes: this.minutes }, r.clock);
    const allowed = {
      approve: ["pending"],
      decline: ["pending"],
      cancel: ["pending", "approved"],
      complete: ["approved"],
    }[this.verb];
    if (!allowed.includes(quote.status)) {
      expect(result).toMatchObject({ ok: false, code: "invalid_state" });
      return;
    }
    if (!result.ok) {
      // Only a shortage may refuse an allowed change, and then nothing moved.
      expect(result.code).toBe("insufficient_hours");
      expect(await heldMinutes(r.shopId)).toBe(held);
      return;
    }
    quote.status = result.quote.status;
    expect(quote.status).toBe(
      { approve: "approved", decline: "declined", cancel: "cancelled", complete: "completed" }[this.verb],
    );
    if (this.verb === "complete") quote.actual = this.minutes;
  }
  toString = () => `${this.verb}(#${this.index}${this.verb === "complete" ? `, ${this.minutes} min` : ""})`;
}

class Wait implements Command {
  constructor(readonly hours: number) {}
  check = () => true;
  async run(_m: Model, r: Real) {
    r.clock = new Date(r.clock.getTime() + this.hours * HOUR);
    await applyTime(r.shopId, r.clock);
  }
  toString = () => `wait(${this.hours} h)`;
}

async function heldMinutes(shopId: string) {
  const sum = await prisma.pack.aggregate({ where: { shopId }, _sum: { heldOwn: true, heldCarried: true } });
  return (sum._sum.heldOwn ?? 0) + (sum._sum.heldCarried ?? 0);
}

async function assertInvariants(m: Model, r: Real) {
  const packs = await prisma.pack.findMany({ where: { shopId: r.shopId }, include: { settlement: true } });
  let used = 0;
  for (const p of packs) {
    expect(p.ownMinutes + p.carriedIn).toBe(
      p.usedOwn + p.usedCarried + p.ownRemaining + p.carriedRemaining + p.expired + p.carriedOut,
    );
    for (const value of [
      p.ownRemaining,
      p.carriedRemaining,
      p.heldOwn,
      p.heldCarried,
      p.usedOwn,
      p.usedCarried,
      p.expired,
      p.carriedOut,
    ]) {
      expect(value).toBeGreaterThanOrEqual(0);
    }
    if (p.settlement) expect(p.settlement.minutes).toBeLessThanOrEqual(p.ownMinutes);
    used += p.usedOwn + p.usedCarried;
  }
  expect(packs.reduce((sum, p) => sum + p.ownMinutes, 0)).toBe(m.purchased);
  expect(used).toBe(m.quotes.reduce((sum, q) => sum + (q.actual ?? 0), 0));
  const approved = m.quotes.filter((q) => q.status === "approved").reduce((sum, q) => sum + q.estimate, 0);
  expect(await heldMinutes(r.shopId)).toBe(approved);
  expect(await checkLedger(r.shopId)).toEqual([]);
}

const commands = [
  fc.nat(3).map((t) => new Buy(t)),
  fc.integer({ min: 1, max: 80 }).map((q) => new Quote(q)),
  fc
    .tuple(
      fc.constantFrom("approve", "approve", "decline", "cancel", "complete", "complete"),
      fc.nat(20),
      fc.integer({ min: 1, max: 2000 }),
    )
    .map(([verb, index, minutes]) => new Act(verb as Act["verb"], index, minutes)),
  fc.integer({ min: 1, max: 24 * 40 }).map((h) => new Wait(h)),
];

describe("ledger services against a model", () => {
  test("any sequence keeps every pack balanced, holds and usage equal to the quotes, and the ledger consistent", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.commands(commands, { maxCommands: 25 }),
        fc.constantFrom("UTC", "America/Los_Angeles", "Asia/Tokyo"),
        async (cmds, timezone) => {
          const shop = await createShop({ timezone });
          const real: Real = { shopId: shop.id, clock: new Date("2024-04-25T10:00:00Z") };
          const model: Model = { quotes: [], purchased: 0 };
          await fc.asyncModelRun(() => ({ model, real }), cmds);
          await applyTime(shop.id, new Date(real.clock.getTime() + 200 * 24 * HOUR));
          await assertInvariants(model, real);
        },
      ),
      { numRuns: 40 },
    );
  }, 180_000);

  test("the invariants hold after every single step, too", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(...commands), { maxLength: 15 }), async (steps) => {
        const shop = await createShop();
        const real: Real = { shopId: shop.id, clock: new Date("2024-06-01T10:00:00Z") };
        const model: Model = { quotes: [], purchased: 0 };
        for (const step of steps) {
          if (!step.check(model)) continue;
          await step.run(model, real);
          await assertInvariants(model, real);
        }
      }),
      { numRuns: 15 },
    );
  }, 180_000);
});
