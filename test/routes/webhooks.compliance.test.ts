import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { action } from "~/routes/webhooks.compliance";
import { redactedDomain } from "~/services/compliance.server";
import { callRoute } from "../support/routes";
import { storeOfflineSession, webhookRequest } from "../support/shopify";
import { buyPack, createDeveloper, createShop } from "../support/factories";

const deliver = (
  topic: string,
  shop: string,
  body: unknown,
  options: { eventId?: string; secret?: string } = {},
) => callRoute(action, webhookRequest("/webhooks/compliance", { topic, shop, body, ...options }));

describe("compliance webhooks", () => {
  test("customers/data_request and customers/redact are acknowledged and recorded; nothing else changes", async () => {
    const shop = await createShop();
    await buyPack(shop.id, "25h", new Date("2026-01-05T00:00:00Z"));
    const customer = {
      shop_domain: shop.domain,
      customer: { id: 1, email: "c@example.com" },
      orders_requested: [1],
    };
    expect((await deliver("customers/data_request", shop.domain, customer)).status).toBe(200);
    expect((await deliver("customers/redact", shop.domain, customer)).status).toBe(200);
    const events = await prisma.webhookEvent.findMany({
      where: { shopId: shop.id },
      orderBy: { receivedAt: "asc" },
    });
    expect(events.map((e) => e.topic).sort()).toEqual(["CUSTOMERS_DATA_REQUEST", "CUSTOMERS_REDACT"]);
    expect(await prisma.shop.findUniqueOrThrow({ where: { id: shop.id } })).toMatchObject({
      domain: shop.domain,
    });
  });

  test("shop/redact removes sessions and anonymises the shop, keeping its financial history", async () => {
    const shop = await createShop();
    await prisma.shop.update({
      where: { id: shop.id },
      data: { reminderEmail: "owner@example.com", shopifyGid: "gid://shopify/Shop/5" },
    });
    await storeOfflineSession(shop.domain);
    const developer = await createDeveloper();
    await prisma.shopDeveloper.create({
      data: { shopId: shop.id, developerId: developer.id, source: "merchant" },
    });
    const packId = await buyPack(shop.id, "25h", new Date("2026-01-05T00:00:00Z"), developer.id);
    await prisma.connectionRequest.create({
      data: { shopId: shop.id, email: "asked@example.com", createdAt: new Date() },
    });

    const response = await deliver("shop/redact", shop.domain, { shop_id: 1, shop_domain: shop.domain });
    expect(response.status).toBe(200);
    expect(await prisma.session.count({ where: { shop: shop.domain } })).toBe(0);
    const after = await prisma.shop.findUniqueOrThrow({ where: { id: shop.id } });
    expect(after).toMatchObject({ domain: redactedDomain(shop.id), reminderEmail: null, shopifyGid: null });
    expect(after.redactedAt).toBeInstanceOf(Date);
    expect(await prisma.pack.findUniqueOrThrow({ where: { id: packId } })).toMatchObject({
      ownMinutes: 1500,
    });
    expect(await prisma.ledgerEntry.count({ where: { packId } })).toBe(1);
    expect(
      await prisma.shopDeveloper.findFirstOrThrow({ where: { shopId: shop.id, developerId: developer.id } }),
    ).toMatchObject({ revokedAt: after.redactedAt });
    expect(await prisma.connectionRequest.count({ where: { shopId: shop.id } })).toBe(0);
  });

  test("a repeated shop/redact delivery is acknowledged once", async () => {
    const shop = await createShop();
    const body = { shop_id: 1, shop_domain: shop.domain };
    await deliver("shop/redact", shop.domain, body, { eventId: "redact-1" });
    const again = await deliver("shop/redact", shop.domain, body, { eventId: "redact-1" });
    expect(again.status).toBe(200);
    expect(await prisma.webhookEvent.count({ where: { shopId: shop.id } })).toBe(1);
  });

  test("a bad HMAC gets 401 and nothing changes", async () => {
    const shop = await createShop();
    await storeOfflineSession(shop.domain);
    const response = await deliver(
      "shop/redact",
      shop.domain,
      { shop_domain: shop.domain },
      { secret: "forged" },
    );
    expect(response.status).toBe(401);
    expect(await prisma.session.count({ where: { shop: shop.domain } })).toBe(1);
    expect(await prisma.shop.findUniqueOrThrow({ where: { id: shop.id } })).toMatchObject({
      domain: shop.domain,
      redactedAt: null,
    });
  });

  test("a shop we never recorded is acknowledged", async () => {
    const response = await deliver("customers/redact", "never-installed.myshopify.com", {
      shop_domain: "never-installed.myshopify.com",
      customer: { id: 1 },
    });
    expect(response.status).toBe(200);
  });

  test("shop/redact signed for another shop gets 401 and redacts nothing", async () => {
    const shop = await createShop();
    const victim = await createShop();
    await storeOfflineSession(victim.domain);
    const response = await deliver("shop/redact", victim.domain, { shop_id: 1, shop_domain: shop.domain });
    expect(response.status).toBe(401);
    expect(await prisma.session.count({ where: { shop: victim.domain } })).toBe(1);
    expect(await prisma.shop.findUniqueOrThrow({ where: { id: victim.id } })).toMatchObject({
      domain: victim.domain,
      redactedAt: null,
    });
  });

  test("a payload without shop_domain gets 400", async () => {
    const shop = await createShop();
    expect((await deliver("customers/redact", shop.domain, { customer: { id: 1 } })).status).toBe(400);
    expect(await prisma.webhookEvent.count({ where: { shopId: shop.id } })).toBe(0);
  });
});
