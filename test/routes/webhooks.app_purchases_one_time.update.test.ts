import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { action } from "~/routes/webhooks.app_purchases_one_time.update";
import { callRoute } from "../support/routes";
import { webhookRequest } from "../support/shopify";
import { createShop } from "../support/factories";

const PATH = "/webhooks/app_purchases_one_time/update";
const TOPIC = "app_purchases_one_time/update";

async function shopWithPending(n: number) {
  const shop = await createShop();
  const id = `gid://shopify/AppPurchaseOneTime/${n}`;
  await prisma.appPurchase.create({
    data: {
      shopId: shop.id,
      shopifyPurchaseId: id,
      tier: "25h",
      priceCents: 225_000,
      currencyCode: "USD",
      test: true,
      purchasedAt: new Date("2026-03-01T10:00:00Z"),
    },
  });
  return { shop, id };
}

function delivery(
  shop: string,
  id: string,
  status: string,
  options: { eventId?: string; secret?: string; shopGid?: string } = {},
) {
  return webhookRequest(PATH, {
    topic: TOPIC,
    shop,
    body: {
      app_purchase_one_time: {
        admin_graphql_api_id: id,
        name: "25 hour pack",
        status,
        admin_graphql_api_shop_id: options.shopGid ?? "gid://shopify/Shop/1",
        created_at: "2026-03-01T05:00:00-05:00",
        updated_at: "2026-03-01T05:01:00-05:00",
      },
    },
    ...options,
  });
}

const packs = (shopId: string) => prisma.pack.count({ where: { shopId } });

describe("app_purchases_one_time/update webhook", () => {
  test("ACTIVE credits the pack and records the event", async () => {
    const { shop, id } = await shopWithPending(1);
    const response = await callRoute(action, delivery(shop.domain, id, "ACTIVE", { eventId: "evt-1" }));
    expect(response.status).toBe(200);
    expect(await packs(shop.id)).toBe(1);
    expect(await prisma.webhookEvent.findMany({ where: { shopId: shop.id } })).toMatchObject([
      { eventId: "evt-1", topic: "APP_PURCHASES_ONE_TIME_UPDATE" },
    ]);
    expect(await prisma.appPurchase.findFirstOrThrow({ where: { shopId: shop.id } })).toMatchObject({
      status: "ACTIVE",
    });
  });

  test("a duplicate delivery credits once", async () => {
    const { shop, id } = await shopWithPending(2);
    await callRoute(action, delivery(shop.domain, id, "ACTIVE", { eventId: "evt-2" }));
    const again = await callRoute(action, delivery(shop.domain, id, "ACTIVE", { eventId: "evt-2" }));
    expect(again.status).toBe(200);
    expect(await packs(shop.id)).toBe(1);
    expect(await prisma.ledgerEntry.count({ where: { shopId: shop.id, kind: "purchase" } })).toBe(1);
  });

  test("ACTIVE arriving before PENDING credits once, and the late PENDING changes nothing", async () => {
    const { shop, id } = await shopWithPending(3);
    await callRoute(action, delivery(shop.domain, id, "ACTIVE", { eventId: "evt-3b" }));
    await callRoute(action, delivery(shop.domain, id, "PENDING", { eventId: "evt-3a" }));
    expect(await packs(shop.id)).toBe(1);
    expect(await prisma.appPurchase.findFirstOrThrow({ where: { shopId: shop.id } })).toMatchObject({
      status: "ACTIVE",
    });
  });

  test("DECLINED closes the purchase; ACTIVE after it (impossible at Shopify) credits nothing", async () => {
    const { shop, id } = await shopWithPending(4);
    await callRoute(action, delivery(shop.domain, id, "DECLINED"));
    await callRoute(action, delivery(shop.domain, id, "ACTIVE"));
    expect(await packs(shop.id)).toBe(0);
    expect(await prisma.appPurchase.findFirstOrThrow({ where: { shopId: shop.id } })).toMatchObject({
      status: "DECLINED",
    });
  });

  test("a bad HMAC gets 401 and changes nothing", async () => {
    const { shop, id } = await shopWithPending(5);
    const response = await callRoute(action, delivery(shop.domain, id, "ACTIVE", { secret: "forged" }));
    expect(response.status).toBe(401);
    expect(await packs(shop.id)).toBe(0);
    expect(await prisma.webhookEvent.count({ where: { shopId: shop.id } })).toBe(0);
  });

  test("a delivery for a purchase of another shop gets 401 and credits neither shop", async () => {
    const { shop: owner, id } = await shopWithPending(6);
    const other = await createShop();
    expect((await callRoute(action, delivery(other.domain, id, "ACTIVE"))).status).toBe(401);
    expect(await packs(owner.id)).toBe(0);
    expect(await packs(other.id)).toBe(0);
    expect(await prisma.webhookEvent.count({ where: { shopId: other.id } })).toBe(0);
  });

  test("a payload naming another shop's id gets 401, even for this shop's purchase", async () => {
    const { shop, id } = await shopWithPending(7);
    await prisma.shop.update({ where: { id: shop.id }, data: { shopifyGid: "gid://shopify/Shop/70" } });
    const response = await callRoute(
      action,
      delivery(shop.domain, id, "ACTIVE", { shopGid: "gid://shopify/Shop/71" }),
    );
    expect(response.status).toBe(401);
    expect(await packs(shop.id)).toBe(0);
  });

  test("a purchase we have no record of is credited only when the signed shop id is this shop's", async () => {
    const shop = await createShop();
    await prisma.shop.update({ where: { id: shop.id }, data: { shopifyGid: "gid://shopify/Shop/80" } });
    const lost = "gid://shopify/AppPurchaseOneTime/80";
    const elsewhere = await callRoute(
      action,
      delivery(shop.domain, lost, "ACTIVE", { shopGid: "gid://shopify/Shop/81" }),
    );
    expect(elsewhere.status).toBe(401);
    const unrecordedShop = await createShop();
    const unverified = await callRoute(action, delivery(unrecordedShop.domain, lost, "ACTIVE"));
    expect(unverified.status).toBe(200);
    expect(await packs(unrecordedShop.id)).toBe(0);
    const own = await callRoute(
      action,
      delivery(shop.domain, lost, "ACTIVE", { shopGid: "gid://shopify/Shop/80" }),
    );
    expect(own.status).toBe(200);
    expect(await packs(shop.id)).toBe(1);
  });

  test("the same signed body under a new event id credits once and is recorded once", async () => {
    const { shop, id } = await shopWithPending(9);
    await callRoute(action, delivery(shop.domain, id, "DECLINED", { eventId: "evt-9a" }));
    // Reopened only to see whether a replay would act again.
    await prisma.appPurchase.updateMany({ where: { shopId: shop.id }, data: { status: "PENDING" } });
    const replay = await callRoute(action, delivery(shop.domain, id, "DECLINED", { eventId: "evt-9b" }));
    expect(replay.status).toBe(200);
    expect(await prisma.appPurchase.findFirstOrThrow({ where: { shopId: shop.id } })).toMatchObject({
      status: "PENDING",
    });
    expect(await prisma.webhookEvent.count({ where: { shopId: shop.id } })).toBe(1);
  });
});
