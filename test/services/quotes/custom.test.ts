import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { checkLedger } from "~/services/ledger/check.sql.server";
import {
  approveQuote,
  cancelQuote,
  completeQuote,
  createQuote,
  declineQuote,
  withdrawQuote,
} from "~/services/quotes/commands.server";
import { applyTime } from "~/services/ledger/time.server";
import { payQuoteAtOnce, quoteOffer } from "~/services/quotes/custom.server";
import { companyQuoteRate, setCompanyQuoteRate, setOverrunTolerance } from "~/services/quotes/policy.server";
import { buyPack, createDeveloper, createShop, packRow } from "../../support/factories";

const at = (iso: string) => new Date(iso);

async function pendingQuote(shopId: string, minutes: number, developerId: string | null = null) {
  const created = await createQuote(
    { shopId, developerId, title: "New checkout", estimate: { minutes } },
    at("2024-06-02T12:00:00Z"),
  );
  if (!created.ok) throw new Error(created.message);
  return created.quote.id;
}

describe("the price of paying a quote outright", () => {
  test("is the estimate hours x the company's rate, $95/h until the company sets one", async () => {
    const shop = await createShop();
    const quote = await pendingQuote(shop.id, 135);
    const before = await companyQuoteRate();
    try {
      await prisma.companySettings.deleteMany();
      expect(await quoteOffer(shop.id, quote)).toMatchObject({
        ok: true,
        priceCents: 21_375,
        rateCents: 9_500,
      });
      expect(await setCompanyQuoteRate(12_000)).toEqual({ ok: true });
      expect(await quoteOffer(shop.id, quote)).toMatchObject({
        ok: true,
        priceCents: 27_000,
        rateCents: 12_000,
      });
      for (const bad of [99, 1_000_001, 95.5])
        expect(await setCompanyQuoteRate(bad)).toMatchObject({ ok: false, errors: [{ field: "rate" }] });
    } finally {
      await setCompanyQuoteRate(before);
    }
  });

  test("a store's own rate (the simulator's policy) wins over the company's", async () => {
    const shop = await createShop();
    await prisma.shop.update({ where: { id: shop.id }, data: { customQuoteRateCents: 10_000 } });
    const quote = await pendingQuote(shop.id, 90);
    expect(await quoteOffer(shop.id, quote)).toMatchObject({ ok: true, priceCents: 15_000 });
  });

  test("another store's quote, or one no longer pending, has no price", async () => {
    const [mine, theirs] = [await createShop(), await createShop()];
    const quote = await pendingQuote(theirs.id, 60);
    expect(await quoteOffer(mine.id, quote)).toMatchObject({ ok: false, code: "not_found" });
    await declineQuote(theirs.id, quote, at("2024-06-03T12:00:00Z"));
    expect(await quoteOffer(theirs.id, quote)).toMatchObject({ ok: false, code: "invalid_state" });
  });
});

describe("a paid custom quote", () => {
  test("is approved without hours: nothing is held, even in a store with no pack", async () => {
    const shop = await createShop();
    const quote = await pendingQuote(shop.id, 300);
    const paid = await payQuoteAtOnce(shop.id, quote, at("2024-06-03T12:00:00Z"));
    expect(paid).toMatchObject({
      ok: true,
      quote: {
        status: "approved",
        paidWith: "money",
        priceCents: 47_500,
        paidAt: at("2024-06-03T12:00:00Z"),
        approvedAt: at("2024-06-03T12:00:00Z"),
      },
    });
    const purchase = await prisma.appPurchase.findFirstOrThrow({
      where: { shopId: shop.id, quoteId: quote },
    });
    expect(purchase).toMatchObject({
      status: "ACTIVE",
      tier: null,
      estimateMinutes: 300,
      priceCents: 47_500,
    });
    expect(paid.ok && paid.quote.paymentId).toBe(purchase.id);
    expect(await prisma.pack.count({ where: { shopId: shop.id } })).toBe(0);
  });

  test("completion records the actual time, charges 0 h and settles the quoted hours to its developer", async () => {
    const shop = await createShop();
    const developer = await createDeveloper();
    const pack = await buyPack(shop.id, "10h", "2024-06-01T12:00:00Z");
    await setOverrunTolerance(shop.id, 10);
    const quote = await pendingQuote(shop.id, 240, developer.id);
    await payQuoteAtOnce(shop.id, quote, at("2024-06-03T12:00:00Z"));
    // Far above the tolerance: overrun approval does not apply to a fixed price.
    const done = await completeQuote(shop.id, quote, { hours: 9 }, at("2024-06-06T12:00:00Z"));
    expect(done).toMatchObject({
      ok: true,
      quote: { status: "completed", actualMinutes: 540, chargedMinutes: 0 },
    });
    expect(
      await prisma.settlement.findFirstOrThrow({ where: { shopId: shop.id, quoteId: quote } }),
    ).toMatchObject({
      packId: null,
      developerId: developer.id,
      basis: "custom_quote",
      minutes: 240,
      settledAt: at("2024-06-06T12:00:00Z"),
    });
    expect(await packRow(pack)).toMatchObject({ ownRemaining: 600, heldOwn: 0, usedOwn: 0 });
    expect(await prisma.ledgerEntry.count({ where: { shopId: shop.id, quoteId: quote } })).toBe(0);
    expect(await checkLedger(shop.id)).toEqual([]);
  });

  test("cannot be cancelled, withdrawn, approved against hours or paid again", async () => {
    const shop = await createShop();
    await buyPack(shop.id, "25h", "2024-06-01T12:00:00Z");
    const quote = await pendingQuote(shop.id, 60);
    await payQuoteAtOnce(shop.id, quote, at("2024-06-03T12:00:00Z"));
    const when = at("2024-06-04T12:00:00Z");
    for (const attempt of [
      cancelQuote(shop.id, quote, when),
      withdrawQuote(shop.id, quote, when),
      approveQuote(shop.id, quote, when),
      payQuoteAtOnce(shop.id, quote, when),
    ])
      expect(await attempt).toMatchObject({ ok: false, code: "invalid_state" });
    expect(await prisma.appPurchase.count({ where: { shopId: shop.id, quoteId: quote } })).toBe(1);
    expect(await prisma.quote.findUniqueOrThrow({ where: { id: quote } })).toMatchObject({
      status: "approved",
      paidWith: "money",
    });
  });

  test("is never a qualifying purchase: the pack's unused hours expire and it settles on delivered hours", async () => {
    const shop = await createShop();
    const pack = await buyPack(shop.id, "10h", "2024-06-01T12:00:00Z");
    const used = await pendingQuote(shop.id, 480);
    await approveQuote(shop.id, used, at("2024-06-10T12:00:00Z"));
    await completeQuote(shop.id, used, { hours: 8 }, at("2024-07-15T12:00:00Z"));
    const custom = await pendingQuote(shop.id, 600);
    await payQuoteAtOnce(shop.id, custom, at("2024-09-02T12:00:00Z"));
    await applyTime(shop.id, at("2024-09-10T00:00:00Z"));
    expect(await packRow(pack)).toMatchObject({
      outcome: "expired",
      expired: 120,
      carriedOut: 0,
      settlement: { basis: "delivered", minutes: 480 },
    });
  });

  test("a pending payment for a custom quote keeps no retention window open", async () => {
    const shop = await createShop();
    const pack = await buyPack(shop.id, "10h", "2024-06-01T12:00:00Z");
    const quote = await pendingQuote(shop.id, 120);
    await prisma.appPurchase.create({
      data: {
        shopId: shop.id,
        shopifyPurchaseId: "gid://shopify/AppPurchaseOneTime/77",
        quoteId: quote,
        estimateMinutes: 120,
        priceCents: 19_000,
        currencyCode: "USD",
        test: true,
        purchasedAt: at("2024-09-02T12:00:00Z"),
      },
    });
    await applyTime(shop.id, at("2024-09-05T00:00:00Z"));
    expect(await packRow(pack)).toMatchObject({ outcome: "expired", expired: 600 });
  });
});
