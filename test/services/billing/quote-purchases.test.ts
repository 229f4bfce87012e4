// Paying a quote outright through Shopify's one-time purchase, with the Admin API emulated by msw.
import { afterEach, describe, expect, test, vi } from "vitest";
import prisma from "~/db.server";
import {
  APP_PURCHASE_ONE_TIME,
  APP_PURCHASE_ONE_TIME_CREATE,
} from "~/services/billing/admin-purchases.server";
import { confirmPurchase } from "~/services/billing/confirm.server";
import { recordPurchaseStatus } from "~/services/billing/purchases.server";
import { quotePurchaseName, startQuotePurchase } from "~/services/billing/quote-purchases.server";
import { reconcilePendingPurchases } from "~/services/billing/reconcile.server";
import { createQuote, declineQuote } from "~/services/quotes/commands.server";
import { unauthenticated } from "~/shopify.server";
import { answer, mockAdminApi, sent, server } from "../../support/msw";
import { storeOfflineSession } from "../../support/shopify";
import { createShop } from "../../support/factories";

mockAdminApi();
afterEach(() => vi.restoreAllMocks());

const now = new Date("2026-03-01T12:00:00Z");
const gid = (n: number) => `gid://shopify/AppPurchaseOneTime/${n}`;

async function installedWithQuote(estimate = { minutes: 135 }) {
  const shop = await createShop();
  await storeOfflineSession(shop.domain);
  const { admin } = await unauthenticated.admin(shop.domain);
  const created = await createQuote({ shopId: shop.id, title: "Gift card page", estimate }, now);
  if (!created.ok) throw new Error(created.message);
  return { shop, graphql: admin.graphql, quoteId: created.quote.id };
}

function shopifyCreates(id: string, amount: string) {
  return answer("AppPurchaseOneTimeCreate", (variables) => ({
    appPurchaseOneTimeCreate: {
      appPurchaseOneTime: {
        id,
        name: String(variables.name),
        status: "PENDING",
        test: true,
        createdAt: "2026-03-01T11:59:58Z",
        price: { amount, currencyCode: "USD" },
      },
      confirmationUrl: `https://admin.shopify.com/charges/confirm?id=${id}`,
      userErrors: [],
    },
  }));
}

function shopifyReports(status: string) {
  return answer("AppPurchaseOneTime", (variables) => ({
    node: {
      id: String(variables.id),
      name: "Custom quote: Gift card page",
      status,
      test: true,
      createdAt: "2026-03-01T11:59:58Z",
      price: { amount: "213.75", currencyCode: "USD" },
    },
  }));
}

async function started(n: number) {
  const context = await installedWithQuote();
  server.use(shopifyCreates(gid(n), "213.75"));
  const result = await startQuotePurchase({
    ...context,
    shopId: context.shop.id,
    shopDomain: context.shop.domain,
  });
  if (!result.ok) throw new Error(result.message);
  return { ...context, purchaseId: result.purchaseId };
}

describe("starting to pay a quote", () => {
  test("sends Shopify's appPurchaseOneTimeCreate for estimate x rate and records the purchase as pending", async () => {
    const { shop, graphql, quoteId } = await installedWithQuote();
    server.use(shopifyCreates(gid(1), "213.75"));
    const result = await startQuotePurchase({ shopId: shop.id, shopDomain: shop.domain, graphql, quoteId });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(sent).toHaveLength(1);
    expect(sent[0]?.query).toBe(APP_PURCHASE_ONE_TIME_CREATE);
    const store = shop.domain.replace(".myshopify.com", "");
    expect(sent[0]?.variables).toEqual({
      name: "Custom quote: Gift card page",
      price: { amount: 213.75, currencyCode: "USD" },
      returnUrl: `https://admin.shopify.com/store/${store}/apps/testApiKey/app/purchases/${result.purchaseId}`,
      test: true,
    });
    expect(await prisma.appPurchase.findUniqueOrThrow({ where: { id: result.purchaseId } })).toMatchObject({
      shopId: shop.id,
      quoteId,
      tier: null,
      estimateMinutes: 135,
      priceCents: 21_375,
      status: "PENDING",
    });
    expect(await prisma.quote.findUniqueOrThrow({ where: { id: quoteId } })).toMatchObject({
      status: "pending",
    });
  });

  test("a quote no longer pending, or another store's, is refused and nothing is sent", async () => {
    const { shop, graphql, quoteId } = await installedWithQuote();
    const other = await createShop();
    const start = (shopId: string) =>
      startQuotePurchase({ shopId, shopDomain: shop.domain, graphql, quoteId });
    expect(await start(other.id)).toMatchObject({ ok: false, code: "not_found" });
    await declineQuote(shop.id, quoteId, now);
    expect(await start(shop.id)).toMatchObject({ ok: false, code: "invalid_state" });
    expect(sent).toHaveLength(0);
  });

  test("a long title is cut to keep the purchase's name short", () => {
    expect(quotePurchaseName("x".repeat(200))).toHaveLength(100);
    expect(quotePurchaseName("Logo")).toBe("Custom quote: Logo");
  });
});

describe("confirming a quote's payment", () => {
  test("ACTIVE approves the quote as paid with money, once", async () => {
    const { shop, quoteId, purchaseId } = await started(2);
    const report = { shopifyPurchaseId: gid(2), status: "ACTIVE" };
    const first = await recordPurchaseStatus(shop.id, report, new Date("2026-03-01T12:05:00Z"));
    const again = await recordPurchaseStatus(shop.id, report, new Date("2026-03-01T12:06:00Z"));
    expect(first).toMatchObject({ ok: true, credited: true, purchase: { status: "ACTIVE" } });
    expect(again).toMatchObject({ ok: true, credited: false });
    expect(await prisma.quote.findUniqueOrThrow({ where: { id: quoteId } })).toMatchObject({
      status: "approved",
      paidWith: "money",
      priceCents: 21_375,
      paymentId: purchaseId,
      paidAt: new Date("2026-03-01T11:59:58Z"),
    });
    expect(await prisma.pack.count({ where: { shopId: shop.id } })).toBe(0);
  });

  test("the return page and the webhook confirming at once approve the quote once", async () => {
    const { shop, graphql, quoteId, purchaseId } = await started(3);
    server.use(shopifyReports("ACTIVE"));
    const log = vi.spyOn(process.stderr, "write");
    const at = new Date("2026-03-01T12:05:00Z");
    const [page, webhook] = await Promise.all([
      confirmPurchase(shop.id, purchaseId, graphql, at),
      recordPurchaseStatus(shop.id, { shopifyPurchaseId: gid(3), status: "ACTIVE" }, at),
    ]);
    expect(page?.status).toBe("ACTIVE");
    expect(webhook).toMatchObject({ ok: true });
    const quote = await prisma.quote.findUniqueOrThrow({ where: { id: quoteId } });
    expect(quote).toMatchObject({ status: "approved", paidWith: "money", paymentId: purchaseId });
    expect(await prisma.appPurchase.findUniqueOrThrow({ where: { id: purchaseId } })).toMatchObject({
      status: "ACTIVE",
    });
    // The second confirmation found the purchase final: it tried no second approval to refuse.
    expect(log).not.toHaveBeenCalled();
  });

  test("DECLINED leaves the quote pending, to approve or pay again", async () => {
    const { shop, quoteId, purchaseId } = await started(4);
    await recordPurchaseStatus(shop.id, { shopifyPurchaseId: gid(4), status: "DECLINED" }, now);
    expect(await prisma.quote.findUniqueOrThrow({ where: { id: quoteId } })).toMatchObject({
      status: "pending",
      paidWith: null,
    });
    expect(await prisma.appPurchase.findUniqueOrThrow({ where: { id: purchaseId } })).toMatchObject({
      status: "DECLINED",
    });
  });

  test("reconciliation approves a quote whose payment Shopify reports ACTIVE", async () => {
    const { shop, quoteId } = await started(5);
    server.use(shopifyReports("ACTIVE"));
    const summary = await reconcilePendingPurchases({ shopId: shop.id }, now);
    expect(summary).toMatchObject({ checked: 1, credited: 1, failures: [] });
    expect(sent.at(-1)?.query).toBe(APP_PURCHASE_ONE_TIME);
    expect(await prisma.quote.findUniqueOrThrow({ where: { id: quoteId } })).toMatchObject({
      status: "approved",
      paidWith: "money",
    });
  });

  test("a payment for a quote declined meanwhile is recorded ACTIVE, leaves the quote alone and is logged for a refund", async () => {
    const { shop, quoteId, purchaseId } = await started(6);
    await declineQuote(shop.id, quoteId, now, "Changed my mind");
    const log = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const result = await recordPurchaseStatus(shop.id, { shopifyPurchaseId: gid(6), status: "ACTIVE" }, now);
    expect(result).toMatchObject({ ok: true, credited: false, purchase: { status: "ACTIVE" } });
    expect(await prisma.quote.findUniqueOrThrow({ where: { id: quoteId } })).toMatchObject({
      status: "declined",
      paidWith: null,
    });
    const line = JSON.parse(String(log.mock.calls[0]?.[0])) as Record<string, unknown>;
    expect(line).toMatchObject({
      level: "error",
      event: "custom_quote_payment_unapplied",
      purchaseId,
      quoteId,
      action: "Refund this purchase to the merchant.",
    });
  });

  test("a payment priced on an estimate the developer changed since does not approve the quote", async () => {
    const { shop, quoteId } = await started(7);
    await prisma.quote.update({ where: { id: quoteId }, data: { estimateMinutes: 600 } });
    vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    await recordPurchaseStatus(shop.id, { shopifyPurchaseId: gid(7), status: "ACTIVE" }, now);
    expect(await prisma.quote.findUniqueOrThrow({ where: { id: quoteId } })).toMatchObject({
      status: "pending",
    });
  });
});
