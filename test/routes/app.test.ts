import { describe, expect, test, vi } from "vitest";
import prisma from "~/db.server";
import { loader } from "~/routes/app";
import { action as dismiss } from "~/routes/app.banner";
import { loader as home } from "~/routes/app._index";
import { adminRequest, callRoute } from "../support/routes";
import { buyPack, installedShop } from "../support/factories";

describe("layout and home", () => {
  test("every page gets the expiring-hours banners; a dismissed one stays closed", async () => {
    vi.useFakeTimers({ now: new Date("2024-08-05T00:00:00Z"), toFake: ["Date"] });
    try {
      const shop = await installedShop();
      const packId = await buyPack(shop.id, "10h", new Date("2024-06-01T12:00:00Z"));
      const { data } = await callRoute(loader, await adminRequest(shop.domain, "/app"));
      expect(data.banners).toEqual([
        { packId, threshold: "30", tone: "warning", message: "10 h expire on Aug 31." },
      ]);

      const closed = await callRoute(
        dismiss,
        await adminRequest(shop.domain, "/app/banner", { form: { packId, threshold: "30" } }),
      );
      expect(closed.data).toEqual({ ok: true });
      expect((await callRoute(loader, await adminRequest(shop.domain, "/app"))).data.banners).toEqual([]);

      const other = await installedShop();
      const foreign = await callRoute(
        dismiss,
        await adminRequest(other.domain, "/app/banner", { form: { packId, threshold: "14" } }),
      );
      expect(foreign.status).toBe(404);
      expect(await prisma.bannerDismissal.count({ where: { packId } })).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  test("home shows available and held hours, each pack, and recent activity", async () => {
    const shop = await installedShop();
    await buyPack(shop.id, "25h", new Date(Date.now() - 86_400_000));
    const { data } = await callRoute(home, await adminRequest(shop.domain, "/app"));
    expect(data).toMatchObject({ availableMinutes: 1500, heldMinutes: 0, timeZone: "UTC" });
    expect(data.packs).toHaveLength(1);
    expect(data.packs[0]).toMatchObject({
      tier: "25h",
      status: "active",
      ownLeftMinutes: 1500,
      carriedLeftMinutes: 0,
    });
    expect(data.activity).toMatchObject([{ description: "Bought a 25 h pack" }]);
  });

  test("home is empty for a store without packs", async () => {
    const shop = await installedShop();
    const { data } = await callRoute(home, await adminRequest(shop.domain, "/app"));
    expect(data).toMatchObject({ packs: [], availableMinutes: 0, nextExpiry: null, activity: [] });
  });
});
