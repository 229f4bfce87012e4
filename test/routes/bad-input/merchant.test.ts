// The bad-input matrix for the merchant app (app.* routes): every action's fields, every route
// parameter and every query parameter. See test/support/bad-input/matrix.ts for what is checked.
import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach } from "vitest";
import prisma from "~/db.server";
import * as banner from "~/routes/app.banner";
import * as packsIndex from "~/routes/app.packs._index";
import * as pack from "~/routes/app.packs.$packId";
import * as statementCsv from "~/routes/app.packs.$packId.statement[.csv]";
import * as purchase from "~/routes/app.purchases.$purchaseId";
import * as quote from "~/routes/app.quotes.$quoteId";
import * as quotesIndex from "~/routes/app.quotes._index";
import * as settings from "~/routes/app.settings";
import { THRESHOLDS } from "~/ledger";
import { approveQuote, completeQuote, createQuote } from "~/services/quotes/commands.server";
import { setOverrunTolerance } from "~/services/quotes/policy.server";
import {
  email,
  everyField,
  flag,
  id,
  intent,
  oneOf,
  optionalEmail,
  optionalToken,
  paragraph,
  required,
  requiredParagraph,
  rowParam,
  numbersPeopleMistype,
  probe,
  tooLong,
  type Kind,
} from "../../support/bad-input/kinds";
import { badInputMatrix, type Entry } from "../../support/bad-input/matrix";
import { answer, mockAdminApi, server } from "../../support/msw";
import { connect } from "../../support/portal";
import { buyPack, createDeveloper, installedShop } from "../../support/factories";

mockAdminApi();
// Buying a pack creates a Shopify one-time purchase: a bad form must never get that far.
beforeEach(() => {
  server.use(
    answer("AppPurchaseOneTimeCreate", () => ({
      appPurchaseOneTimeCreate: {
        appPurchaseOneTime: {
          id: `gid://shopify/AppPurchaseOneTime/${randomUUID()}`,
          name: "25 hour pack",
          status: "PENDING",
          test: true,
          createdAt: new Date().toISOString(),
          price: { amount: "2250.0", currencyCode: "USD" },
        },
        confirmationUrl: "https://admin.shopify.com/charges/confirm",
        userErrors: [],
      },
    })),
  );
});

interface World {
  shop: { id: string; domain: string };
  packId: string;
  /** Rows of another shop: their ids must answer like unknown ones. */
  other: { packId: string; quoteId: string; purchaseId: string };
  purchaseId: string;
}

let world: World;

async function pendingQuote(shopId: string) {
  const created = await createQuote(
    { shopId, title: "Fix the checkout", estimate: { minutes: 60 } },
    new Date(),
  );
  if (!created.ok) throw new Error(created.message);
  return created.quote.id;
}

async function finalPurchase(shopId: string) {
  const row = await prisma.appPurchase.create({
    data: {
      shopId,
      shopifyPurchaseId: `gid://shopify/AppPurchaseOneTime/${randomUUID()}`,
      tier: "25h",
      priceCents: 225_000,
      currencyCode: "USD",
      test: true,
      status: "DECLINED",
      purchasedAt: new Date(),
      resolvedAt: new Date(),
    },
  });
  return row.id;
}

/** A quote approved against hours and completed over the estimate: it waits for the merchant. */
async function overrunQuote(shopId: string) {
  const quoteId = await pendingQuote(shopId);
  const approved = await approveQuote(shopId, quoteId, new Date());
  const completed = await completeQuote(shopId, quoteId, { minutes: 120 }, new Date());
  if (!approved.ok || !completed.ok || completed.quote.status !== "awaiting_approval")
    throw new Error("The overrun fixture did not wait for approval");
  return quoteId;
}

/** A whole percentage from 0 to 1000, as the overrun setting takes it. */
const percentage: Kind = {
  name: "a whole percentage from 0 to 1000",
  bad: [
    ...required(),
    ...everyField("10", "20"),
    ...numbersPeopleMistype,
    probe("a fraction", "7.5"),
    probe("over 1000", "1001"),
    probe("a 1 MB number", "1".repeat(1024 * 1024)),
  ],
  good: [() => "0", () => "10", () => " 25 ", () => "1000"],
};

beforeAll(async () => {
  const shop = await installedShop();
  const packId = await buyPack(shop.id, "75h", new Date());
  // Asked before any overrun: a completion above the estimate waits for the merchant.
  await setOverrunTolerance(shop.id, 0);
  const otherShop = await installedShop();
  world = {
    shop,
    packId,
    purchaseId: await finalPurchase(shop.id),
    other: {
      packId: await buyPack(otherShop.id, "25h", new Date()),
      quoteId: await pendingQuote(otherShop.id),
      purchaseId: await finalPurchase(otherShop.id),
    },
  };
});

const merchant = (w: World) => ({ as: "merchant" as const, shop: w.shop.domain });
/** Route parameter values: malformed, unknown, and another shop's row. */
const rowOf = (other: () => string) => rowParam({ label: "another shop's id", sent: other });

// The catalog's offer token in the page's query: a malformed one is refused; an unknown, forged or
// expired one is a message on the page (the catalog still works), not an error.
const offerQuery: Kind = {
  name: "an optional offer token",
  bad: [...everyField("token", "other-token"), ...tooLong(2000)],
  good: [() => "forged-token", () => ""],
};

const entries: Entry<World>[] = [
  {
    name: "app.quotes.$quoteId (approve)",
    method: "POST",
    handler: quote.action,
    path: (p) => `/app/quotes/${p.quoteId}`,
    valid: async (w) => ({
      auth: merchant(w),
      params: { quoteId: await pendingQuote(w.shop.id) },
      fields: { intent: "approve" },
    }),
    fields: { intent: intent(["approve", "decline"]) },
    params: { quoteId: rowOf(() => world.other.quoteId) },
  },
  {
    name: "app.quotes.$quoteId (decline)",
    method: "POST",
    handler: quote.action,
    path: (p) => `/app/quotes/${p.quoteId}`,
    valid: async (w) => ({
      auth: merchant(w),
      params: { quoteId: await pendingQuote(w.shop.id) },
      fields: { intent: "decline", reason: "Too expensive" },
    }),
    fields: { intent: intent(["decline", "approve"]), reason: paragraph(1000) },
    params: { quoteId: rowOf(() => world.other.quoteId) },
  },
  {
    name: "app.quotes.$quoteId (pay)",
    method: "POST",
    handler: quote.action,
    path: (p) => `/app/quotes/${p.quoteId}`,
    valid: async (w) => ({
      auth: merchant(w),
      params: { quoteId: await pendingQuote(w.shop.id) },
      fields: { intent: "pay" },
    }),
    fields: { intent: intent(["pay", "approve"]) },
    params: { quoteId: rowOf(() => world.other.quoteId) },
    // Sent to Shopify's approval page: the reauthorize answer of an embedded fetch.
    accepts: (answer) =>
      answer.response?.headers.get("X-Shopify-API-Request-Failure-Reauthorize-Url")?.startsWith("https://") ??
      false,
  },
  {
    name: "app.quotes.$quoteId (approve an overrun)",
    method: "POST",
    handler: quote.action,
    path: (p) => `/app/quotes/${p.quoteId}`,
    valid: async (w) => ({
      auth: merchant(w),
      params: { quoteId: await overrunQuote(w.shop.id) },
      fields: { intent: "approve-overrun" },
    }),
    fields: { intent: intent(["approve-overrun", "dispute"]) },
    params: { quoteId: rowOf(() => world.other.quoteId) },
  },
  {
    name: "app.quotes.$quoteId (dispute)",
    method: "POST",
    handler: quote.action,
    path: (p) => `/app/quotes/${p.quoteId}`,
    valid: async (w) => ({
      auth: merchant(w),
      params: { quoteId: await overrunQuote(w.shop.id) },
      fields: { intent: "dispute", reason: "Two hours, we said." },
    }),
    fields: { intent: intent(["dispute", "approve-overrun"]), reason: requiredParagraph(1000) },
    params: { quoteId: rowOf(() => world.other.quoteId) },
  },
  {
    name: "app.quotes.$quoteId (page)",
    method: "GET",
    handler: quote.loader,
    path: (p) => `/app/quotes/${p.quoteId}`,
    valid: async (w) => ({ auth: merchant(w), params: { quoteId: await pendingQuote(w.shop.id) } }),
    params: { quoteId: rowOf(() => world.other.quoteId) },
  },
  {
    name: "app.quotes._index (page)",
    method: "GET",
    handler: quotesIndex.loader,
    path: () => "/app/quotes",
    valid: (w) => ({ auth: merchant(w), fields: { status: "approved" } }),
    fields: { status: oneOf(["pending", "approved", "completed", "closed"], { optional: true }) },
  },
  {
    name: "app.banner (close a banner)",
    method: "POST",
    handler: banner.action,
    path: () => "/app/banner",
    valid: (w) => ({ auth: merchant(w), fields: { packId: w.packId, threshold: "30" } }),
    fields: { packId: id(), threshold: oneOf(THRESHOLDS) },
  },
  {
    name: "app.packs._index (buy)",
    method: "POST",
    handler: packsIndex.action,
    path: () => "/app/packs",
    valid: (w) => ({ auth: merchant(w), fields: { tier: "25h" } }),
    fields: { tier: oneOf(["25h", "50h", "75h"]), offer: optionalToken(2000) },
    // A fetch from the embedded app is sent to Shopify's approval page by App Bridge: a 401 that
    // carries the page's URL (Shopify's documented reauthorize answer), not a refusal.
    accepts: (answer) =>
      answer.response?.headers.get("X-Shopify-API-Request-Failure-Reauthorize-Url")?.startsWith("https://") ??
      false,
  },
  {
    name: "app.packs._index (page)",
    method: "GET",
    handler: packsIndex.loader,
    path: () => "/app/packs",
    valid: (w) => ({ auth: merchant(w) }),
    fields: { offer: offerQuery },
  },
  {
    name: "app.packs.$packId (statement)",
    method: "GET",
    handler: pack.loader,
    path: (p) => `/app/packs/${p.packId}`,
    valid: (w) => ({ auth: merchant(w), params: { packId: w.packId } }),
    params: { packId: rowOf(() => world.other.packId) },
  },
  {
    name: "app.packs.$packId.statement[.csv]",
    method: "GET",
    handler: statementCsv.loader,
    path: (p) => `/app/packs/${p.packId}/statement.csv`,
    valid: (w) => ({ auth: merchant(w), params: { packId: w.packId } }),
    params: { packId: rowOf(() => world.other.packId) },
  },
  {
    name: "app.purchases.$purchaseId",
    method: "GET",
    handler: purchase.loader,
    path: (p) => `/app/purchases/${p.purchaseId}`,
    valid: (w) => ({ auth: merchant(w), params: { purchaseId: w.purchaseId } }),
    params: { purchaseId: rowOf(() => world.other.purchaseId) },
  },
  {
    name: "app.settings (connect a developer)",
    method: "POST",
    handler: settings.action,
    path: () => "/app/settings",
    valid: (w) => ({
      auth: merchant(w),
      fields: { intent: "connect", email: `dev-${randomUUID()}@example.com` },
    }),
    fields: { intent: intent(["connect", "reminders"]), email: email() },
  },
  {
    name: "app.settings (cancel a request)",
    method: "POST",
    handler: settings.action,
    path: () => "/app/settings",
    valid: async (w) => {
      const request = await prisma.connectionRequest.create({
        data: { shopId: w.shop.id, email: `asked-${randomUUID()}@example.com`, createdAt: new Date() },
      });
      return { auth: merchant(w), fields: { intent: "cancel-request", requestId: request.id } };
    },
    fields: { intent: intent(["cancel-request", "revoke"]), requestId: id() },
  },
  {
    name: "app.settings (revoke a developer)",
    method: "POST",
    handler: settings.action,
    path: () => "/app/settings",
    valid: async (w) => {
      const developer = await createDeveloper();
      await connect(w.shop.id, developer.id);
      return { auth: merchant(w), fields: { intent: "revoke", developerId: developer.id } };
    },
    fields: { intent: intent(["revoke", "cancel-request"]), developerId: id() },
  },
  {
    name: "app.settings (reminders)",
    method: "POST",
    handler: settings.action,
    path: () => "/app/settings",
    valid: (w) => ({
      auth: merchant(w),
      fields: {
        intent: "reminders",
        remindBeforeExpiry: "true",
        remindDuringWindow: "false",
        reminderEmail: "owner@example.com",
      },
    }),
    fields: {
      intent: intent(["reminders", "connect"]),
      remindBeforeExpiry: flag(),
      remindDuringWindow: flag(),
      reminderEmail: optionalEmail(),
    },
  },
  {
    name: "app.settings (overruns)",
    method: "POST",
    handler: settings.action,
    path: () => "/app/settings",
    valid: (w) => ({
      auth: merchant(w),
      fields: { intent: "overruns", askBeforeOverrun: "true", overrunTolerancePercent: "10" },
    }),
    fields: {
      intent: intent(["overruns", "reminders"]),
      askBeforeOverrun: flag(),
      overrunTolerancePercent: percentage,
    },
  },
];

badInputMatrix(() => world, entries);
