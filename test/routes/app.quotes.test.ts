import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { loader as listLoader } from "~/routes/app.quotes._index";
import { action, loader } from "~/routes/app.quotes.$quoteId";
import { APP_PURCHASE_ONE_TIME_CREATE } from "~/services/billing/admin-purchases.server";
import { completeQuote, createQuote } from "~/services/quotes/commands.server";
import { setOverrunTolerance } from "~/services/quotes/policy.server";
import { answer, mockAdminApi, sent, server } from "../support/msw";
import { adminRequest, callRoute, refusalOf } from "../support/routes";
import { buyPack, createDeveloper, installedShop, workDone } from "../support/factories";

async function pendingQuote(shopId: string, minutes: number, developerId?: string) {
  const created = await createQuote(
    {
      shopId,
      developerId,
      title: "New checkout",
      description: "Rebuild the cart drawer.",
      estimate: { minutes },
    },
    new Date(),
  );
  if (!created.ok) throw new Error(created.message);
  return created.quote.id;
}

mockAdminApi();

const decide = async (shop: string, quoteId: string, form: Record<string, string>) =>
  callRoute(action, await adminRequest(shop, `/app/quotes/${quoteId}`, { form }), { quoteId });

describe("quotes", () => {
  test("the list shows quotes by status with counts", async () => {
    const shop = await installedShop();
    await buyPack(shop.id, "25h", new Date());
    await pendingQuote(shop.id, 60);
    await workDone(shop.id, { estimate: 60 }, new Date());
    const { data } = await callRoute(
      listLoader,
      await adminRequest(shop.domain, "/app/quotes?status=approved"),
    );
    expect(data.tab).toBe("approved");
    expect(data.quotes).toHaveLength(1);
    expect(data.counts).toEqual({ pending: 1, approved: 1, completed: 0, closed: 0 });
    expect(data.quotes[0]).toMatchObject({ status: "approved", paidWith: "hours", chargedMinutes: null });
  });

  test("the quote page shows the developer, description and estimate", async () => {
    const shop = await installedShop();
    const developer = await createDeveloper("Grace Hopper");
    const quoteId = await pendingQuote(shop.id, 150, developer.id);
    const { data } = await callRoute(loader, await adminRequest(shop.domain, `/app/quotes/${quoteId}`), {
      quoteId,
    });
    expect(data).toMatchObject({
      title: "New checkout",
      description: "Rebuild the cart drawer.",
      status: "pending",
      estimateMinutes: 150,
      developer: { name: "Grace Hopper" },
      heldMinutes: 0,
      timeEntries: [],
    });
  });

  test("approving holds the estimate, shown as held hours", async () => {
    const shop = await installedShop();
    await buyPack(shop.id, "25h", new Date());
    const quoteId = await pendingQuote(shop.id, 150);
    expect((await decide(shop.domain, quoteId, { intent: "approve" })).data).toEqual({ ok: true });
    const { data } = await callRoute(loader, await adminRequest(shop.domain, `/app/quotes/${quoteId}`), {
      quoteId,
    });
    expect(data).toMatchObject({ status: "approved", heldMinutes: 150 });
  });

  test("approving with too few hours says how many are missing and changes nothing", async () => {
    const shop = await installedShop();
    const quoteId = await pendingQuote(shop.id, 270);
    const { status, data } = await decide(shop.domain, quoteId, { intent: "approve" });
    expect(status).toBe(409);
    expect(data).toEqual({
      ok: false,
      code: "insufficient_hours",
      errors: [],
      missingMinutes: 270,
      availableMinutes: 0,
      message: "This quote needs 4.5 h more than you have available (0 h). Buy a pack, then approve it.",
    });
    expect(await prisma.quote.findUniqueOrThrow({ where: { id: quoteId } })).toMatchObject({
      status: "pending",
    });
  });

  test("declining records the optional reason", async () => {
    const shop = await installedShop();
    const quoteId = await pendingQuote(shop.id, 60);
    expect((await decide(shop.domain, quoteId, { intent: "decline", reason: "Too expensive" })).data).toEqual(
      { ok: true },
    );
    expect(await prisma.quote.findUniqueOrThrow({ where: { id: quoteId } })).toMatchObject({
      status: "declined",
      declineReason: "Too expensive",
    });
  });

  test("a completed quote shows the actual hours charged and its time entries", async () => {
    const shop = await installedShop();
    const developer = await createDeveloper();
    await buyPack(shop.id, "25h", new Date());
    const quoteId = await workDone(shop.id, { estimate: 120 }, new Date(), undefined, developer.id);
    await prisma.timeEntry.create({
      data: {
        shopId: shop.id,
        quoteId,
        developerId: developer.id,
        workedOn: "2026-03-02",
        minutes: 90,
        note: "Theme fix",
      },
    });
    const { completeQuote } = await import("~/services/quotes/commands.server");
    await completeQuote(shop.id, quoteId, { minutes: 90 }, new Date());
    const { data } = await callRoute(loader, await adminRequest(shop.domain, `/app/quotes/${quoteId}`), {
      quoteId,
    });
    expect(data).toMatchObject({
      status: "completed",
      actualMinutes: 90,
      timeEntries: [{ workedOn: "2026-03-02", minutes: 90, note: "Theme fix" }],
    });
  });

  test("another shop's quote id answers 404 to the page and to approve, and changes nothing", async () => {
    const owner = await installedShop();
    const other = await installedShop();
    await buyPack(other.id, "75h", new Date());
    const quoteId = await pendingQuote(owner.id, 60);
    const page = await callRoute(loader, await adminRequest(other.domain, `/app/quotes/${quoteId}`), {
      quoteId,
    });
    expect(page.status).toBe(404);
    expect(page.data).toEqual({ message: "This quote does not exist in your store. Open it from Quotes." });
    expect((await decide(other.domain, quoteId, { intent: "approve" })).status).toBe(404);
    expect((await decide(other.domain, quoteId, { intent: "decline" })).status).toBe(404);
    expect(await prisma.quote.findUniqueOrThrow({ where: { id: quoteId } })).toMatchObject({
      status: "pending",
    });
  });
});

describe("paying a quote outright", () => {
  test("a pending quote offers both: approve against hours, or pay estimate x $95/h", async () => {
    const shop = await installedShop();
    const quoteId = await pendingQuote(shop.id, 480);
    const { data } = await callRoute(loader, await adminRequest(shop.domain, `/app/quotes/${quoteId}`), {
      quoteId,
    });
    expect(data).toMatchObject({
      status: "pending",
      offer: { priceCents: 76_000, rateCents: 9_500 },
      waitingPaymentId: null,
    });
  });

  test("paying creates the one-time purchase for the price and sends the merchant to approve it", async () => {
    const shop = await installedShop();
    const quoteId = await pendingQuote(shop.id, 480);
    server.use(
      answer("AppPurchaseOneTimeCreate", {
        appPurchaseOneTimeCreate: {
          appPurchaseOneTime: {
            id: "gid://shopify/AppPurchaseOneTime/88",
            name: "Custom quote: New checkout",
            status: "PENDING",
            test: true,
            // Shopify's createdAt is when the merchant started paying: now.
            createdAt: new Date().toISOString(),
            price: { amount: "760.0", currencyCode: "USD" },
          },
          confirmationUrl: "https://admin.shopify.com/store/x/charges/88/confirm",
          userErrors: [],
        },
      }),
    );
    const response = await decide(shop.domain, quoteId, { intent: "pay" });
    expect(response.status).toBe(401);
    expect(response.response?.headers.get("X-Shopify-API-Request-Failure-Reauthorize-Url")).toBe(
      "https://admin.shopify.com/store/x/charges/88/confirm",
    );
    expect(sent.map((op) => op.query)).toEqual([APP_PURCHASE_ONE_TIME_CREATE]);
    expect(sent[0]?.variables).toMatchObject({
      name: "Custom quote: New checkout",
      price: { amount: 760, currencyCode: "USD" },
    });
    const { data } = await callRoute(loader, await adminRequest(shop.domain, `/app/quotes/${quoteId}`), {
      quoteId,
    });
    const purchase = await prisma.appPurchase.findFirstOrThrow({ where: { shopId: shop.id, quoteId } });
    expect(data).toMatchObject({ status: "pending", waitingPaymentId: purchase.id });
  });

  test("a quote no longer pending cannot be paid: 409 and nothing is sent to Shopify", async () => {
    const shop = await installedShop();
    await buyPack(shop.id, "25h", new Date());
    const quoteId = await workDone(shop.id, { estimate: 60 }, new Date());
    const { status, data } = await decide(shop.domain, quoteId, { intent: "pay" });
    expect(status).toBe(409);
    expect(data).toMatchObject({ code: "invalid_state" });
    expect(sent).toHaveLength(0);
  });
});

describe("an overrun waiting for the merchant", () => {
  async function overrun() {
    const shop = await installedShop();
    await buyPack(shop.id, "10h", new Date());
    await setOverrunTolerance(shop.id, 10);
    const quoteId = await workDone(shop.id, { estimate: 120 }, new Date());
    await completeQuote(shop.id, quoteId, { minutes: 180 }, new Date(), "The theme fought back.");
    return { shop, quoteId };
  }

  test("shows the estimate, the actual, the developer's note and the hold; it is listed to review", async () => {
    const { shop, quoteId } = await overrun();
    const { data } = await callRoute(loader, await adminRequest(shop.domain, `/app/quotes/${quoteId}`), {
      quoteId,
    });
    expect(data).toMatchObject({
      status: "awaiting_approval",
      estimateMinutes: 120,
      actualMinutes: 180,
      heldMinutes: 120,
      completionNote: "The theme fought back.",
    });
    const list = await callRoute(listLoader, await adminRequest(shop.domain, "/app/quotes"));
    expect(list.data.quotes.map((q: { id: string }) => q.id)).toContain(quoteId);
  });

  test("approving charges the actual", async () => {
    const { shop, quoteId } = await overrun();
    expect((await decide(shop.domain, quoteId, { intent: "approve-overrun" })).data).toEqual({ ok: true });
    expect(await prisma.quote.findUniqueOrThrow({ where: { id: quoteId } })).toMatchObject({
      status: "completed",
      chargedMinutes: 180,
    });
  });

  test("disputing needs a reason (400 naming it), then keeps the hold for the company", async () => {
    const { shop, quoteId } = await overrun();
    const refused = await decide(shop.domain, quoteId, { intent: "dispute", reason: "  " });
    expect(refused.status).toBe(400);
    expect(refusalOf(refused).errors).toEqual([expect.objectContaining({ field: "reason" })]);
    expect(
      (await decide(shop.domain, quoteId, { intent: "dispute", reason: "Two hours, we said." })).data,
    ).toEqual({
      ok: true,
    });
    const { data } = await callRoute(loader, await adminRequest(shop.domain, `/app/quotes/${quoteId}`), {
      quoteId,
    });
    expect(data).toMatchObject({
      status: "disputed",
      disputeReason: "Two hours, we said.",
      heldMinutes: 120,
    });
  });
});
