import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { action, loader } from "~/routes/developer._index";
import { recordReminders } from "~/services/reminders/record.server";
import { bodyOf, connect, getRequest, makeDeveloper, postRequest } from "../../support/portal";
import { buyPack, createShop } from "../../support/factories";

describe("notifications on the portal's home", () => {
  test("lists the developer's reminders for connected stores, newest first, and marks them read", async () => {
    const dev = await makeDeveloper();
    const shop = await createShop();
    const gone = await createShop();
    for (const s of [shop, gone]) {
      await connect(s.id, dev.id);
      await buyPack(s.id, "10h", new Date("2024-06-01T12:00:00Z"), dev.id);
    }
    await recordReminders(new Date("2024-08-25T12:00:00Z"));
    await recordReminders(new Date("2024-09-02T12:00:00Z"));
    await prisma.shopDeveloper.updateMany({ where: { shopId: gone.id }, data: { revokedAt: new Date() } });

    const home = async () =>
      bodyOf<{ notifications: { domain: string; message: string; read: boolean }[] }>(
        await loader({ request: getRequest("/developer", dev.cookie), params: {}, context: {} }),
      ).notifications;
    expect(await home()).toEqual([
      expect.objectContaining({
        domain: shop.domain,
        message: "10 h expired on Aug 31. Buy a pack by Sep 3 and they move into it.",
        read: false,
      }),
      expect.objectContaining({ domain: shop.domain, message: "10 h expire on Aug 31.", read: false }),
    ]);

    const request = postRequest(
      "/developer",
      { intent: "read-notifications" },
      { cookie: dev.cookie, csrf: dev.csrf },
    );
    expect(bodyOf(await action({ request, params: {}, context: {} }))).toEqual({ read: 4 });
    expect((await home()).every((n) => n.read)).toBe(true);
  });

  test("another developer sees none of them", async () => {
    const seller = await makeDeveloper();
    const other = await makeDeveloper();
    const shop = await createShop();
    await connect(shop.id, seller.id);
    await connect(shop.id, other.id);
    await buyPack(shop.id, "10h", new Date("2024-06-01T12:00:00Z"), seller.id);
    await recordReminders(new Date("2024-08-25T12:00:00Z"));
    const { notifications } = bodyOf<{ notifications: unknown[] }>(
      await loader({ request: getRequest("/developer", other.cookie), params: {}, context: {} }),
    );
    expect(notifications).toEqual([]);
  });
});
