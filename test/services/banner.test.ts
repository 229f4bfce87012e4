import { describe, expect, test } from "vitest";
import { thresholdFor } from "~/ledger";
import { dismissBanner, expiryBanners } from "~/services/banner.server";
import { buyPack, createShop, workDone } from "../support/factories";

// A 10 h pack paid Jun 1 2024 (UTC) expires on Aug 31; its window lets a purchase by Sep 3 take it.
async function shopWithPack() {
  const shop = await createShop();
  const packId = await buyPack(shop.id, "10h", new Date("2024-06-01T12:00:00Z"));
  return { shop, packId };
}

describe("expiring-hours banner", () => {
  test("thresholds are 30, 14, 7 and 1 days before expiry", () => {
    expect([29, 14, 13, 7, 6, 1, 0].map(thresholdFor)).toEqual(["30", "30", "14", "14", "7", "7", "1"]);
  });

  test("warns within 30 days of expiry with the hours and the local date", async () => {
    const { shop, packId } = await shopWithPack();
    expect(await expiryBanners(shop.id, new Date("2024-07-31T00:00:00Z"))).toEqual([]);
    expect(await expiryBanners(shop.id, new Date("2024-08-05T00:00:00Z"))).toEqual([
      { packId, threshold: "30", tone: "warning", message: "10 h expire on Aug 31." },
    ]);
  });

  test("held hours are not counted as expiring", async () => {
    const { shop } = await shopWithPack();
    await workDone(shop.id, { estimate: 240 }, new Date("2024-07-01T00:00:00Z"));
    const [banner] = await expiryBanners(shop.id, new Date("2024-08-05T00:00:00Z"));
    expect(banner?.message).toBe("6 h expire on Aug 31.");
  });

  test("a dismissed banner stays away until the next threshold", async () => {
    const { shop, packId } = await shopWithPack();
    expect(await dismissBanner(shop.id, packId, "30", new Date("2024-08-05T00:00:00Z"))).toBe(true);
    expect(await expiryBanners(shop.id, new Date("2024-08-10T00:00:00Z"))).toEqual([]);
    expect(await expiryBanners(shop.id, new Date("2024-08-20T00:00:00Z"))).toMatchObject([
      { threshold: "14" },
    ]);
    await dismissBanner(shop.id, packId, "14", new Date("2024-08-20T00:00:00Z"));
    expect(await expiryBanners(shop.id, new Date("2024-08-26T00:00:00Z"))).toMatchObject([
      { threshold: "7" },
    ]);
    expect(await expiryBanners(shop.id, new Date("2024-08-31T12:00:00Z"))).toMatchObject([
      { threshold: "1" },
    ]);
  });

  test("during the retention window the banner is critical and says until when to buy", async () => {
    const { shop, packId } = await shopWithPack();
    await workDone(shop.id, { estimate: 480, actual: 480 }, new Date("2024-06-03T00:00:00Z"));
    expect(await expiryBanners(shop.id, new Date("2024-09-02T00:00:00Z"))).toEqual([
      {
        packId,
        threshold: "window",
        tone: "critical",
        message: "2 h expired on Aug 31. Buy a pack by Sep 3 and they move into it.",
      },
    ]);
    await dismissBanner(shop.id, packId, "window", new Date("2024-09-02T00:00:00Z"));
    expect(await expiryBanners(shop.id, new Date("2024-09-02T06:00:00Z"))).toEqual([]);
    expect(await expiryBanners(shop.id, new Date("2024-09-04T00:00:00Z"))).toEqual([]);
  });

  test("another shop's pack cannot be dismissed", async () => {
    const { packId } = await shopWithPack();
    const other = await createShop();
    expect(await dismissBanner(other.id, packId, "30", new Date("2024-08-05T00:00:00Z"))).toBe(false);
    expect(await dismissBanner(other.id, "not-a-uuid", "30", new Date("2024-08-05T00:00:00Z"))).toBe(false);
  });
});
