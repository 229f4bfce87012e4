import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { APP_PURCHASE_ONE_TIME_CREATE } from "~/services/billing/admin-purchases.server";
import { recordPurchaseStatus, startPurchase } from "~/services/billing/purchases.server";
import { createOfferToken } from "~/services/offers.server";
import { unauthenticated } from "~/shopify.server";
import { answer, mockAdminApi, sent, server } from "../../support/msw";
import { storeOfflineSession } from "../../support/shopify";
import { createDeveloper, createShop } from "../../support/factories";

mockAdminApi();

const now = new Date("2026-03-01T12:00:00Z");
const gid = (n: number) => `gid://shopify/AppPurchaseOneTime/${n}`;

function purchaseCreated(id: string, name: string, amount: string) {
  return answer("AppPurchaseOneTimeCreate", {
    appPurchaseOneTimeCreate: {
      appPurchaseOneTime: {
        id,
        name,
        status: "PENDING",
        test: true,
        createdAt: "2026-03-01T11:59:58Z",
        price: { amount, currencyCode: "USD" },
      },
      confirmationUrl: `https://admin.shopify.com/charges/confirm?id=${id}`,
      userErrors: [],
    },
  });
}

async function installed() {
  const shop = await createShop();
  await storeOfflineSession(shop.domain);
  const { admin } = await unauthenticated.admin(shop.domain);
  return { shop, graphql: admin.graphql };
}

describe("starting a purchase", () => {
  test("sends Shopify's appPurchaseOneTimeCreate and records the purchase as pending", async () => {
    const { shop, graphql } = await installed();
    server.use(purchaseCreated(gid(1), "25 hour pack", "2250.0"));
    const result = await startPurchase(
      { shopId: shop.id, shopDomain: shop.domain, graphql, tier: "25h" },
      now,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.confirmationUrl).toBe(`https://admin.shopify.com/charges/confirm?id=${gid(1)}`);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.query).toBe(APP_PURCHASE_ONE_TIME_CREATE);
    const store = shop.domain.replace(".myshopify.com", "");
    expect(sent[0]?.variables).toEqual({
      name: "25 hour pack",
      price: { amount: 2250, currencyCode: "USD" },
      returnUrl: `https://admin.shopify.com/store/${store}/apps/testApiKey/app/purchases/${result.purchaseId}`,
      test: true,
    });
    const row = await prisma.appPurchase.findUniqueOrThrow({ where: { id: result.purchaseId } });
    expect(row).toMatchObject({
      shopId: shop.id,
      shopifyPurchaseId: gid(1),
      tier: "25h",
      priceCents: 225_000,
      status: "PENDING",
      developerId: null,
      purchasedAt: new Date("2026-03-01T11:59:58Z"),
    });
  });

  test("the unlisted 10 h pack is sold only through an offer link, attributed to its developer", async () => {
    const { shop, graphql } = await installed();
    const developer = await createDeveloper();
    const refused = await startPurchase(
      { shopId: shop.id, shopDomain: shop.domain, graphql, tier: "10h" },
      now,
    );
    expect(refused).toMatchObject({ ok: false, code: "unknown_pack_tier" });
    expect(sent).toHaveLength(0);

    const offerToken = createOfferToken(
      {
        developerId: developer.id,
        tier: "10h",
        shopDomain: shop.domain,
        expiresAt: new Date("2026-03-10T00:00:00Z"),
      },
      "testApiSecretKey",
    );
    server.use(purchaseCreated(gid(2), "10 hour pack", "950.0"));
    const result = await startPurchase(
      { shopId: shop.id, shopDomain: shop.domain, graphql, tier: "10h", offerToken },
      now,
    );
    expect(result.ok).toBe(true);
    expect(sent[0]?.variables).toMatchObject({
      name: "10 hour pack",
      price: { amount: 950, currencyCode: "USD" },
    });
    expect(await prisma.appPurchase.findFirstOrThrow({ where: { shopId: shop.id } })).toMatchObject({
      tier: "10h",
      developerId: developer.id,
    });
  });

  test("an expired offer link is refused with a message and nothing is sent to Shopify", async () => {
    const { shop, graphql } = await installed();
    const developer = await createDeveloper();
    const offerToken = createOfferToken(
      {
        developerId: developer.id,
        tier: "10h",
        shopDomain: shop.domain,
        expiresAt: new Date("2026-02-01T00:00:00Z"),
      },
      "testApiSecretKey",
    );
    const result = await startPurchase(
      { shopId: shop.id, shopDomain: shop.domain, graphql, tier: "10h", offerToken },
      now,
    );
    expect(result).toMatchObject({ ok: false, code: "expired_offer" });
    expect(sent).toHaveLength(0);
    expect(await prisma.appPurchase.count({ where: { shopId: shop.id } })).toBe(0);
  });

  test("Shopify's user errors are shown and nothing is recorded", async () => {
    const { shop, graphql } = await installed();
    server.use(
      answer("AppPurchaseOneTimeCreate", {
        appPurchaseOneTimeCreate: {
          appPurchaseOneTime: null,
          confirmationUrl: null,
          userErrors: [{ field: ["price"], message: "Price must be positive." }],
        },
      }),
    );
    const result = await startPurchase(
      { shopId: shop.id, shopDomain: shop.domain, graphql, tier: "50h" },
      now,
    );
    expect(result).toMatchObject({ ok: false, code: "billing_error" });
    expect(!result.ok && result.message).toContain("Price must be positive.");
    expect(await prisma.appPurchase.count({ where: { shopId: shop.id } })).toBe(0);
  });
});

async function pendingPurchase(shopId: string, n: number, developerId: string | null = null) {
  return prisma.appPurchase.create({
    data: {
      shopId,
      shopifyPurchaseId: gid(n),
      tier: "25h",
      priceCents: 225_000,
      currencyCode: "USD",
      test: true,
      developerId,
      purchasedAt: new Date("2026-03-01T11:00:00Z"),
    },
  });
}

describe("recording what Shopify says about a purchase", () => {
  test("ACTIVE credits the pack once, paid at the purchase's creation, and connects the seller", async () => {
    const shop = await createShop();
    const developer = await createDeveloper();
    const purchase = await pendingPurchase(shop.id, 10, developer.id);
    const report = { shopifyPurchaseId: gid(10), status: "ACTIVE" };
    const first = await recordPurchaseStatus(shop.id, report, new Date("2026-03-02T09:00:00Z"));
    const again = await recordPurchaseStatus(shop.id, report, new Date("2026-03-02T09:05:00Z"));
    expect(first).toMatchObject({ ok: true, credited: true });
    expect(again).toMatchObject({ ok: true, credited: false });
    const packs = await prisma.pack.findMany({ where: { shopId: shop.id } });
    expect(packs).toHaveLength(1);
    expect(packs[0]).toMatchObject({ tier: "25h", paidAt: purchase.purchasedAt, developerId: developer.id });
    expect(await prisma.appPurchase.findUniqueOrThrow({ where: { id: purchase.id } })).toMatchObject({
      status: "ACTIVE",
      packId: packs[0]?.id,
    });
    expect(
      await prisma.shopDeveloper.findUniqueOrThrow({
        where: { shopId_developerId: { shopId: shop.id, developerId: developer.id } },
      }),
    ).toMatchObject({ source: "offer", revokedAt: null });
  });

  test("DECLINED closes the purchase for good: a later ACTIVE credits nothing", async () => {
    const shop = await createShop();
    await pendingPurchase(shop.id, 11);
    await recordPurchaseStatus(shop.id, { shopifyPurchaseId: gid(11), status: "DECLINED" }, now);
    const late = await recordPurchaseStatus(shop.id, { shopifyPurchaseId: gid(11), status: "ACTIVE" }, now);
    expect(late).toMatchObject({ ok: true, credited: false, purchase: { status: "DECLINED" } });
    expect(await prisma.pack.count({ where: { shopId: shop.id } })).toBe(0);
  });

  test("PENDING after ACTIVE changes nothing", async () => {
    const shop = await createShop();
    await pendingPurchase(shop.id, 12);
    await recordPurchaseStatus(shop.id, { shopifyPurchaseId: gid(12), status: "ACTIVE" }, now);
    const late = await recordPurchaseStatus(shop.id, { shopifyPurchaseId: gid(12), status: "PENDING" }, now);
    expect(late).toMatchObject({ ok: true, purchase: { status: "ACTIVE" } });
    expect(await prisma.pack.count({ where: { shopId: shop.id } })).toBe(1);
  });

  test("a paid purchase we have no record of is adopted from Shopify's report and credited", async () => {
    const shop = await createShop();
    const result = await recordPurchaseStatus(
      shop.id,
      {
        shopifyPurchaseId: gid(13),
        status: "ACTIVE",
        name: "50 hour pack",
        createdAt: new Date("2026-03-01T10:00:00Z"),
      },
      now,
    );
    expect(result).toMatchObject({ ok: true, credited: true, purchase: { tier: "50h", status: "ACTIVE" } });
    expect(await prisma.pack.findFirstOrThrow({ where: { shopId: shop.id } })).toMatchObject({
      tier: "50h",
      paidAt: new Date("2026-03-01T10:00:00Z"),
    });
  });

  test("another shop's purchase id is not found and changes nothing", async () => {
    const owner = await createShop();
    const other = await createShop();
    await pendingPurchase(owner.id, 14);
    const result = await recordPurchaseStatus(
      other.id,
      { shopifyPurchaseId: gid(14), status: "ACTIVE" },
      now,
    );
    expect(result).toMatchObject({ ok: true, purchase: null, credited: false });
    expect(await prisma.pack.count({ where: { shopId: { in: [owner.id, other.id] } } })).toBe(0);
  });
});
