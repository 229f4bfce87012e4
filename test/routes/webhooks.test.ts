// What every webhook route answers to deliveries that are not what Shopify sends: never a 500,
// never a change.
import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { action as purchaseAction } from "~/routes/webhooks.app_purchases_one_time.update";
import { action as scopesAction } from "~/routes/webhooks.app.scopes_update";
import { action as uninstalledAction } from "~/routes/webhooks.app.uninstalled";
import { action as complianceAction } from "~/routes/webhooks.compliance";
import { callRoute } from "../support/routes";
import { storeOfflineSession, uniqueShop, webhookRequest } from "../support/shopify";
import { createShop } from "../support/factories";

const ROUTES = [
  { path: "/webhooks/app/uninstalled", topic: "app/uninstalled", action: uninstalledAction },
  { path: "/webhooks/app/scopes_update", topic: "app/scopes_update", action: scopesAction },
  {
    path: "/webhooks/app_purchases_one_time/update",
    topic: "app_purchases_one_time/update",
    action: purchaseAction,
  },
  { path: "/webhooks/compliance", topic: "shop/redact", action: complianceAction },
];

async function installed() {
  const shop = await createShop();
  await storeOfflineSession(shop.domain);
  return shop;
}

async function unchanged(shop: { id: string; domain: string }) {
  expect(await prisma.session.count({ where: { shop: shop.domain } })).toBe(1);
  expect(await prisma.shop.findUniqueOrThrow({ where: { id: shop.id } })).toMatchObject({
    domain: shop.domain,
    uninstalledAt: null,
    redactedAt: null,
  });
  expect(await prisma.webhookEvent.count({ where: { shopId: shop.id } })).toBe(0);
}

describe.each(ROUTES)("$topic webhook", ({ path, topic, action }) => {
  test("a signed body that is not JSON gets 400", async () => {
    const shop = await installed();
    const response = await callRoute(
      action,
      webhookRequest(path, { topic, shop: shop.domain, raw: "{not json" }),
    );
    expect(response.status).toBe(400);
    await unchanged(shop);
  });

  test("a shop header that is not a *.myshopify.com domain gets 401", async () => {
    for (const header of ["evil.example.com", "a.myshopify.com.evil.example", "../x.myshopify.com", ""]) {
      const response = await callRoute(action, webhookRequest(path, { topic, shop: header, body: {} }));
      expect(response.status).toBe(401);
    }
  });
});

describe("app/scopes_update webhook", () => {
  const scopesOf = async (shop: string) => (await prisma.session.findFirstOrThrow({ where: { shop } })).scope;

  test("updates the session's scopes", async () => {
    const shop = await installed();
    await prisma.shop.update({ where: { id: shop.id }, data: { shopifyGid: "gid://shopify/Shop/7" } });
    const body = { shop_id: "gid://shopify/Shop/7", previous: [], current: ["read_orders"] };
    const response = await callRoute(
      scopesAction,
      webhookRequest("/webhooks/app/scopes_update", { topic: "app/scopes_update", shop: shop.domain, body }),
    );
    expect(response.status).toBe(200);
    expect(await scopesOf(shop.domain)).toBe("read_orders");
  });

  test("a signed payload naming another shop's id gets 401 and changes nothing", async () => {
    const shop = await installed();
    await prisma.shop.update({ where: { id: shop.id }, data: { shopifyGid: "gid://shopify/Shop/7" } });
    const before = await scopesOf(shop.domain);
    const body = { shop_id: "gid://shopify/Shop/8", previous: [], current: ["read_orders"] };
    const response = await callRoute(
      scopesAction,
      webhookRequest("/webhooks/app/scopes_update", { topic: "app/scopes_update", shop: shop.domain, body }),
    );
    expect(response.status).toBe(401);
    expect(await scopesOf(shop.domain)).toBe(before);
  });
});

test("a delivery for a shop we never recorded is acknowledged", async () => {
  const shop = uniqueShop();
  const response = await callRoute(
    uninstalledAction,
    webhookRequest("/webhooks/app/uninstalled", {
      topic: "app/uninstalled",
      shop,
      body: { myshopify_domain: shop },
    }),
  );
  expect(response.status).toBe(200);
});
