import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import type { LogLine } from "~/jobs/types";
import { runDue } from "~/jobs/worker.server";
import { checkLedger } from "~/services/ledger/check.sql.server";
import { completeQuote } from "~/services/quotes/commands.server";
import { offlineAdmin } from "~/services/offline-admin.server";
import { clearQueueAfterEach, queuedJobs } from "../support/jobs";
import { answer, mockAdminApi, sent, server } from "../support/msw";
import { approvedQuote, buyPack, installedShop, packRow } from "../support/factories";

mockAdminApi();
clearQueueAfterEach();

const DAY = 24 * 60 * 60 * 1000;

/** The seed's P (10 h paid Jun 1 2024, 8 h used, expires on Aug 31) in an installed UTC shop. */
async function seedShop() {
  const shop = await installedShop();
  const pack = await buyPack(shop.id, "10h", "2024-06-01T12:00:00Z");
  const quote = await approvedQuote(shop.id, 8, "2024-06-02T12:00:00Z");
  await completeQuote(shop.id, quote, { hours: 8 }, new Date("2024-06-20T12:00:00Z"));
  return { shop, pack };
}

/** A renewal the merchant approved on Sep 2 whose webhook never came. */
function pendingRenewal(shopId: string, gid: string) {
  return prisma.appPurchase.create({
    data: {
      shopId,
      shopifyPurchaseId: gid,
      tier: "10h",
      priceCents: 95_000,
      currencyCode: "USD",
      test: true,
      purchasedAt: new Date("2024-09-02T10:00:00Z"),
    },
  });
}

function shopify() {
  server.use(
    answer("FlowTriggerReceive", { flowTriggerReceive: { userErrors: [] } }),
    answer("AppPurchaseOneTime", (variables) => ({
      node: {
        id: String(variables.id),
        name: "10 hour pack",
        status: "ACTIVE",
        test: true,
        createdAt: "2024-09-02T10:00:00Z",
        price: { amount: "950.0", currencyCode: "USD" },
      },
    })),
  );
}

const logs: LogLine[] = [];
/** One `npm run jobs -- --once` at `at`: the time-driven jobs, then every Flow call they queued. */
const run = (at: Date) =>
  runDue({ context: { now: () => at, log: (line) => logs.push(line), adminFor: offlineAdmin } });

describe("leaving the clock to run", () => {
  test("the seed's scenario 1 happens once: reminders, a reconciled renewal, the carry-over and settlement", async () => {
    const { shop, pack } = await seedShop();
    const gid = `gid://shopify/AppPurchaseOneTime/${shop.id}`;
    shopify();
    for (let t = Date.parse("2024-07-30T12:00:00Z"); t <= Date.parse("2024-09-10T12:00:00Z"); t += DAY) {
      if (t === Date.parse("2024-09-02T12:00:00Z")) await pendingRenewal(shop.id, gid);
      const before = logs.length;
      expect(await run(new Date(t))).toMatchObject({ failed: 0 });
      expect(
        logs
          .slice(before)
          .flatMap((line) => (line.status === "ok" ? [line.job] : []))
          .sort(),
      ).toEqual(["reconcile", "reminders", "sweep"]);
    }
    const reminders = await prisma.reminder.findMany({
      where: { shopId: shop.id },
      orderBy: { createdAt: "asc" },
    });
    expect(reminders.map((r) => [r.threshold, r.minutes])).toEqual([
      ["30", 120],
      ["14", 120],
      ["7", 120],
      ["1", 120],
      ["window", 120],
    ]);
    const flowCalls = sent.filter((op) => op.query.includes("flowTriggerReceive"));
    expect(flowCalls.map((op) => (op.variables.payload as Record<string, unknown>).Reminder)).toEqual([
      "30 days before expiry",
      "14 days before expiry",
      "7 days before expiry",
      "1 day before expiry",
      "Retention window open",
    ]);
    // The purchase whose webhook never came was read once, credited, and received P's 2 h.
    expect(sent.filter((op) => op.query.includes("AppPurchaseOneTime")).map((op) => op.variables)).toEqual([
      { id: gid },
    ]);
    const renewal = await prisma.pack.findFirstOrThrow({
      where: { shopId: shop.id, shopifyPurchaseId: gid },
    });
    expect(renewal).toMatchObject({ carriedIn: 120, carriedInFromId: pack });
    expect((await packRow(pack)).settlement).toMatchObject({ basis: "whole_pack", minutes: 600 });
    expect(await prisma.ledgerEntry.count({ where: { shopId: shop.id, kind: "carry_out" } })).toBe(1);
    expect(await checkLedger(shop.id)).toEqual([]);
    expect(logs.filter((line) => line.level === "error")).toEqual([]);
  });

  test("two instances running every job at once record and send everything once", async () => {
    const shops = await Promise.all([seedShop(), seedShop(), seedShop()]);
    shopify();
    for (const at of ["2024-08-25T12:00:00Z", "2024-09-02T12:00:00Z", "2024-09-10T12:00:00Z"]) {
      // graphile-worker gives each queued job to one of them; a job queued by both may run on each.
      const both = await Promise.all([run(new Date(at)), run(new Date(at))]);
      expect(both.map((r) => r.failed)).toEqual([0, 0]);
    }
    for (const { shop, pack } of shops) {
      expect(
        (await prisma.reminder.findMany({ where: { shopId: shop.id } })).map((r) => r.threshold).sort(),
      ).toEqual(["7", "window"]);
      expect(await prisma.ledgerEntry.count({ where: { shopId: shop.id, kind: "expiry" } })).toBe(1);
      expect((await packRow(pack)).settlement).toMatchObject({ basis: "delivered", minutes: 480 });
    }
    expect(sent.filter((op) => op.query.includes("flowTriggerReceive"))).toHaveLength(6);
    expect(await queuedJobs()).toEqual([]);
  });
});
