import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { action } from "~/routes/webhooks.app.uninstalled";
import { storeOfflineSession, uniqueShop, webhookRequest } from "../support/shopify";

async function installedShop() {
  const domain = uniqueShop();
  await prisma.shop.create({ data: { domain } });
  await storeOfflineSession(domain);
  return domain;
}

async function deliver(request: Request) {
  try {
    return await action({ request, params: {}, context: {} });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

describe("app/uninstalled webhook", () => {
  test("a signed delivery removes the shop's sessions and marks it uninstalled", async () => {
    const shop = await installedShop();
    const response = await deliver(
      webhookRequest("/webhooks/app/uninstalled", {
        topic: "app/uninstalled",
        shop,
        body: { myshopify_domain: shop },
      }),
    );
    expect(response.status).toBe(200);
    expect(await prisma.session.count({ where: { shop } })).toBe(0);
    expect((await prisma.shop.findUniqueOrThrow({ where: { domain: shop } })).uninstalledAt).toBeInstanceOf(
      Date,
    );
  });

  test("a repeated delivery keeps the first uninstall time", async () => {
    const shop = await installedShop();
    const request = () =>
      webhookRequest("/webhooks/app/uninstalled", {
        topic: "app/uninstalled",
        shop,
        body: { myshopify_domain: shop },
      });
    await deliver(request());
    const first = (await prisma.shop.findUniqueOrThrow({ where: { domain: shop } })).uninstalledAt;
    expect((await deliver(request())).status).toBe(200);
    expect((await prisma.shop.findUniqueOrThrow({ where: { domain: shop } })).uninstalledAt).toEqual(first);
  });

  test("a duplicate delivery of the same event is recorded once and acknowledged", async () => {
    const shop = await installedShop();
    const request = () =>
      webhookRequest("/webhooks/app/uninstalled", {
        topic: "app/uninstalled",
        shop,
        body: { myshopify_domain: shop },
        eventId: "uninstall-1",
      });
    await deliver(request());
    await storeOfflineSession(shop); // a reinstall in between must not be undone by the retry
    expect((await deliver(request())).status).toBe(200);
    expect(await prisma.session.count({ where: { shop } })).toBe(1);
    const { id } = await prisma.shop.findUniqueOrThrow({ where: { domain: shop } });
    expect(await prisma.webhookEvent.count({ where: { shopId: id } })).toBe(1);
  });

  test("a delivery with a bad HMAC gets 401 and changes nothing", async () => {
    const shop = await installedShop();
    const forged = webhookRequest("/webhooks/app/uninstalled", {
      topic: "app/uninstalled",
      shop,
      body: { myshopify_domain: shop },
      secret: "not-the-app-secret",
    });
    const response = await deliver(forged);
    expect(response.status).toBe(401);
    expect(await prisma.session.count({ where: { shop } })).toBe(1);
    expect((await prisma.shop.findUniqueOrThrow({ where: { domain: shop } })).uninstalledAt).toBeNull();
  });

  test("a signed payload of another shop gets 401 and uninstalls nothing", async () => {
    const shop = await installedShop();
    const victim = await installedShop();
    // Shop A's signed delivery, resent with shop B in the unsigned header.
    const forged = webhookRequest("/webhooks/app/uninstalled", {
      topic: "app/uninstalled",
      shop: victim,
      body: { myshopify_domain: shop },
    });
    expect((await deliver(forged)).status).toBe(401);
    expect(await prisma.session.count({ where: { shop: victim } })).toBe(1);
    expect((await prisma.shop.findUniqueOrThrow({ where: { domain: victim } })).uninstalledAt).toBeNull();
  });

  test("a payload without the shop's domain gets 400 and changes nothing", async () => {
    const shop = await installedShop();
    const response = await deliver(
      webhookRequest("/webhooks/app/uninstalled", { topic: "app/uninstalled", shop, body: { id: 1 } }),
    );
    expect(response.status).toBe(400);
    expect(await prisma.session.count({ where: { shop } })).toBe(1);
  });

  test("the same signed body replayed under a new event id is the same delivery", async () => {
    const shop = await installedShop();
    const body = { id: 548380009, myshopify_domain: shop, updated_at: "2026-03-01T10:00:00-05:00" };
    const request = (eventId: string) =>
      webhookRequest("/webhooks/app/uninstalled", { topic: "app/uninstalled", shop, body, eventId });
    await deliver(request("uninstall-a"));
    await storeOfflineSession(shop); // reinstalled since
    expect((await deliver(request("uninstall-b"))).status).toBe(200);
    expect(await prisma.session.count({ where: { shop } })).toBe(1);
  });
});
