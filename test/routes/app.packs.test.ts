import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { action, headers, loader } from "~/routes/app.packs._index";
import { APP_PURCHASE_ONE_TIME_CREATE } from "~/services/billing/admin-purchases.server";
import { createOfferToken } from "~/services/offers.server";
import { answer, mockAdminApi, sent, server } from "../support/msw";
import { adminRequest, callRoute } from "../support/routes";
import { createDeveloper, installedShop } from "../support/factories";

mockAdminApi();

const inTwoDays = () => new Date(Date.now() + 2 * 86_400_000);
const offerFor = (developerId: string, shopDomain: string, tier = "10h", expiresAt = inTwoDays()) =>
  createOfferToken({ developerId, tier, shopDomain, expiresAt }, "testApiSecretKey");

describe("catalog", () => {
  test("shows the listed tiers with price per hour and total", async () => {
    const shop = await installedShop();
    const answerOf = await callRoute(loader, await adminRequest(shop.domain, "/app/packs"));
    expect(answerOf.status).toBe(200);
    expect(answerOf.data).toEqual({
      tiers: [
        { id: "25h", hours: 25, pricePerHourCents: 9_000, priceCents: 225_000, listed: true },
        { id: "50h", hours: 50, pricePerHourCents: 8_500, priceCents: 425_000, listed: true },
        { id: "75h", hours: 75, pricePerHourCents: 8_000, priceCents: 600_000, listed: true },
      ],
      offer: null,
      offerError: null,
    });
  });

  test("an offer link preselects the unlisted 10 h pack and names the developer", async () => {
    const shop = await installedShop();
    const developer = await createDeveloper("Ada Lovelace");
    const token = offerFor(developer.id, shop.domain);
    const { data } = await callRoute(loader, await adminRequest(shop.domain, `/app/packs?offer=${token}`));
    expect(data.tiers.map((t: { id: string }) => t.id)).toEqual(["10h", "25h", "50h", "75h"]);
    expect(data.offer).toEqual({ tier: "10h", developerName: "Ada Lovelace", token });
  });

  test("an expired, forged or other store's link shows a message and the normal catalog", async () => {
    const shop = await installedShop();
    const developer = await createDeveloper();
    const expired = offerFor(developer.id, shop.domain, "10h", new Date(Date.now() - 1000));
    const otherStore = offerFor(developer.id, "other-store.myshopify.com");
    for (const [token, message] of [
      [expired, "This offer link has expired. Ask your developer for a new link, or choose a pack below."],
      [
        otherStore,
        "This offer link is not valid for this store. Ask your developer for a new link, or choose a pack below.",
      ],
      [
        "garbage",
        "This offer link is not valid for this store. Ask your developer for a new link, or choose a pack below.",
      ],
    ] as const) {
      const { data } = await callRoute(loader, await adminRequest(shop.domain, `/app/packs?offer=${token}`));
      expect(data).toMatchObject({ offer: null, offerError: message });
      expect(data.tiers).toHaveLength(3);
    }
  });
});

describe("buying a pack", () => {
  test("creates the purchase with Shopify's mutation, records it pending and sends the merchant to approve", async () => {
    const shop = await installedShop();
    const developer = await createDeveloper();
    server.use(
      answer("AppPurchaseOneTimeCreate", {
        appPurchaseOneTimeCreate: {
          appPurchaseOneTime: {
            id: "gid://shopify/AppPurchaseOneTime/77",
            name: "10 hour pack",
            status: "PENDING",
            test: true,
            createdAt: "2026-03-01T10:00:00Z",
            price: { amount: "950.0", currencyCode: "USD" },
          },
          confirmationUrl: "https://admin.shopify.com/store/x/charges/77/confirm",
          userErrors: [],
        },
      }),
    );
    const request = await adminRequest(shop.domain, "/app/packs", {
      form: { tier: "10h", offer: offerFor(developer.id, shop.domain) },
    });
    const response = await callRoute(action, request);
    // A fetch from the embedded app: App Bridge follows this header to the top window.
    expect(response.status).toBe(401);
    expect(response.response?.headers.get("X-Shopify-API-Request-Failure-Reauthorize-Url")).toBe(
      "https://admin.shopify.com/store/x/charges/77/confirm",
    );
    expect(sent.map((op) => op.query)).toEqual([APP_PURCHASE_ONE_TIME_CREATE]);
    expect(sent[0]?.variables).toMatchObject({
      name: "10 hour pack",
      price: { amount: 950, currencyCode: "USD" },
      test: true,
    });
    const purchase = await prisma.appPurchase.findFirstOrThrow({ where: { shopId: shop.id } });
    expect(purchase).toMatchObject({ tier: "10h", developerId: developer.id, status: "PENDING" });
    expect(sent[0]?.variables.returnUrl).toMatch(new RegExp(`/app/purchases/${purchase.id}$`));
  });

  test("the unlisted pack without an offer is refused with what to do, and nothing is sent", async () => {
    const shop = await installedShop();
    const { status, data } = await callRoute(
      action,
      await adminRequest(shop.domain, "/app/packs", { form: { tier: "10h" } }),
    );
    expect(status).toBe(400);
    expect(data).toMatchObject({
      ok: false,
      code: "unknown_pack_tier",
      message: "Choose one of the packs shown on this page.",
      errors: [{ field: "tier", message: "Choose one of the packs shown on this page." }],
    });
    expect(sent).toHaveLength(0);
  });

  test("the billing redirect's header reaches the browser through single fetch (the route's headers)", () => {
    // Single fetch keeps a thrown response's headers only through its route's `headers` export;
    // the browser tests (test/e2e/billing.test.ts) saw the merchant stay put without it.
    const errorHeaders = new Headers({
      "X-Shopify-API-Request-Failure-Reauthorize-Url": "https://x.test/confirm",
    });
    const empty = new Headers();
    const sentHeaders = new Headers(
      headers({ errorHeaders, actionHeaders: errorHeaders, loaderHeaders: empty, parentHeaders: empty }),
    );
    expect(sentHeaders.get("X-Shopify-API-Request-Failure-Reauthorize-Url")).toBe("https://x.test/confirm");
  });
});
