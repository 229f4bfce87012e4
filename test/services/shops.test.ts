import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { recordShop, recordUninstall } from "~/services/shops.server";
import { unauthenticated } from "~/shopify.server";
import { answer, sent, server, mockAdminApi } from "../support/msw";
import { storeOfflineSession, uniqueShop } from "../support/shopify";

mockAdminApi();

async function adminFor(shop: string) {
  await storeOfflineSession(shop);
  return (await unauthenticated.admin(shop)).admin;
}

describe("recording a shop on install", () => {
  test("stores the shop with its Shopify id and the IANA time zone Shopify reports", async () => {
    const shop = uniqueShop();
    server.use(
      answer("ShopDetails", {
        shop: { id: "gid://shopify/Shop/548380009", ianaTimezone: "Pacific/Auckland" },
      }),
    );
    const admin = await adminFor(shop);
    const recorded = await recordShop(shop, admin.graphql);
    expect(recorded).toMatchObject({
      timezone: "Pacific/Auckland",
      shopifyGid: "gid://shopify/Shop/548380009",
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.shop).toBe(shop);
    expect(sent[0]?.query.replace(/\s+/g, " ")).toContain("query ShopDetails { shop { id ianaTimezone } }");
  });

  test("a reinstall clears the uninstall and takes a new install time", async () => {
    const shop = uniqueShop();
    server.use(
      answer("ShopDetails", { shop: { id: "gid://shopify/Shop/1", ianaTimezone: "America/New_York" } }),
    );
    const admin = await adminFor(shop);
    await recordShop(shop, admin.graphql, new Date("2026-01-01T00:00:00Z"));
    await recordUninstall(shop, new Date("2026-02-01T00:00:00Z"));
    const back = await recordShop(shop, admin.graphql, new Date("2026-03-01T00:00:00Z"));
    expect(back.uninstalledAt).toBeNull();
    expect(back.installedAt).toEqual(new Date("2026-03-01T00:00:00Z"));
  });

  test("falls back to UTC when Shopify reports no time zone", async () => {
    const shop = uniqueShop();
    server.use(answer("ShopDetails", { shop: { id: "gid://shopify/Shop/2", ianaTimezone: null } }));
    const admin = await adminFor(shop);
    expect((await recordShop(shop, admin.graphql)).timezone).toBe("UTC");
    expect(await prisma.shop.count({ where: { domain: shop } })).toBe(1);
  });
});
