import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { expiryBanners } from "~/services/banner.server";
import { recordReminders } from "~/services/reminders/record.server";
import { clearQueueAfterEach, queuedJobs } from "../../support/jobs";
import { approvedQuote, buyPack, createDeveloper, createShop } from "../../support/factories";

clearQueueAfterEach();

const DAY = 24 * 60 * 60 * 1000;

/** A UTC shop with a 10 h pack paid Jun 1 2024: expires on Aug 31 (expiresAt Sep 1 00:00). */
async function shopWithPack(options: { developerId?: string } = {}) {
  const shop = await createShop();
  const pack = await buyPack(shop.id, "10h", "2024-06-01T12:00:00Z");
  if (options.developerId)
    await prisma.pack.update({ where: { id: pack }, data: { developerId: options.developerId } });
  return { shop, pack };
}

const reminders = (shopId: string) =>
  prisma.reminder.findMany({ where: { shopId }, orderBy: { createdAt: "asc" } });

describe("recording reminders", () => {
  test("each threshold fires once, on the day it is reached, and agrees with the banner", async () => {
    const { shop, pack } = await shopWithPack();
    for (let t = Date.parse("2024-07-25T12:00:00Z"); t <= Date.parse("2024-09-05T12:00:00Z"); t += DAY) {
      for (const at of [new Date(t), new Date(t + 6 * 60 * 60 * 1000)]) {
        await recordReminders(at);
        const recorded = new Set((await reminders(shop.id)).map((r) => `${r.packId}/${r.threshold}`));
        for (const banner of await expiryBanners(shop.id, at))
          expect(recorded).toContain(`${banner.packId}/${banner.threshold}`);
      }
    }
    const rows = await reminders(shop.id);
    expect(rows.map((r) => [r.threshold, r.createdAt.toISOString(), r.daysLeft, r.minutes])).toEqual([
      ["30", "2024-08-02T12:00:00.000Z", 29, 600],
      ["14", "2024-08-18T12:00:00.000Z", 13, 600],
      ["7", "2024-08-25T12:00:00.000Z", 6, 600],
      ["1", "2024-08-31T12:00:00.000Z", 0, 600],
      ["window", "2024-09-01T12:00:00.000Z", 0, 600],
    ]);
    expect(rows.at(-1)).toMatchObject({ packId: pack, expiresOn: "2024-08-31", buyBy: "2024-09-03" });
    expect(rows.slice(0, 4).every((r) => r.expiresOn === "2024-08-31" && r.buyBy === null)).toBe(true);
    // One Flow trigger job per reminder, queued when it was recorded.
    const jobs = await queuedJobs("flow_trigger");
    expect(jobs.map((job) => job.key)).toEqual(rows.map((r) => `flow:${r.id}`));
    expect(jobs.every((job) => job.payload.shopId === shop.id && job.attempts === 0)).toBe(true);
  });

  test("only unused, unheld hours are reminded of", async () => {
    const { shop } = await shopWithPack();
    await approvedQuote(shop.id, 10, "2024-07-01T12:00:00Z");
    await recordReminders(new Date("2024-08-25T12:00:00Z"));
    expect(await reminders(shop.id)).toEqual([]);
  });

  test("the shop's preferences are respected, and uninstalled shops get none", async () => {
    const noBefore = await shopWithPack();
    await prisma.shop.update({ where: { id: noBefore.shop.id }, data: { remindBeforeExpiry: false } });
    const noWindow = await shopWithPack();
    await prisma.shop.update({ where: { id: noWindow.shop.id }, data: { remindDuringWindow: false } });
    const gone = await shopWithPack();
    await prisma.shop.update({
      where: { id: gone.shop.id },
      data: { uninstalledAt: new Date("2024-07-01") },
    });
    for (const at of ["2024-08-25T12:00:00Z", "2024-09-02T12:00:00Z"]) await recordReminders(new Date(at));
    expect((await reminders(noBefore.shop.id)).map((r) => r.threshold)).toEqual(["window"]);
    expect((await reminders(noWindow.shop.id)).map((r) => r.threshold)).toEqual(["7"]);
    expect(await reminders(gone.shop.id)).toEqual([]);
  });

  test("the pack's developer is notified; without one, every developer connected to the store", async () => {
    const seller = await createDeveloper("Sam Seller");
    const other = await createDeveloper("Olive Other");
    const revoked = await createDeveloper("Rex Revoked");
    const sold = await shopWithPack({ developerId: seller.id });
    const unsold = await shopWithPack();
    for (const { shop } of [sold, unsold]) {
      await prisma.shopDeveloper.createMany({
        data: [
          { shopId: shop.id, developerId: seller.id, source: "merchant" },
          { shopId: shop.id, developerId: other.id, source: "merchant" },
          { shopId: shop.id, developerId: revoked.id, source: "merchant", revokedAt: new Date("2024-07-01") },
        ],
      });
    }
    await recordReminders(new Date("2024-08-25T12:00:00Z"));
    const notified = async (shopId: string) =>
      (await prisma.developerNotification.findMany({ where: { shopId } })).map((n) => n.developerId).sort();
    expect(await notified(sold.shop.id)).toEqual([seller.id]);
    expect(await notified(unsold.shop.id)).toEqual([seller.id, other.id].sort());
  });

  test("two runs at once record each reminder, notification and Flow job once", async () => {
    const developer = await createDeveloper();
    const shops = await Promise.all([1, 2, 3].map(() => shopWithPack({ developerId: developer.id })));
    for (const { shop } of shops)
      await prisma.shopDeveloper.create({
        data: { shopId: shop.id, developerId: developer.id, source: "offer" },
      });
    const at = new Date("2024-08-25T12:00:00Z");
    const runs = await Promise.all([recordReminders(at, { batchSize: 1 }), recordReminders(at)]);
    expect(runs[0]!.reminders + runs[1]!.reminders).toBe(3);
    expect(runs[0]!.notifications + runs[1]!.notifications).toBe(3);
    expect(runs[0]!.jobs + runs[1]!.jobs).toBe(3);
    const ids = shops.map(({ shop }) => shop.id);
    expect(await prisma.reminder.count({ where: { shopId: { in: ids } } })).toBe(3);
    expect(await prisma.developerNotification.count({ where: { developerId: developer.id } })).toBe(3);
    expect(
      (await queuedJobs("flow_trigger")).filter((job) => ids.includes(String(job.payload.shopId))),
    ).toHaveLength(3);
  });
});
