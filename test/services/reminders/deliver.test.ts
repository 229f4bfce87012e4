import { HttpResponse } from "msw";
import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { offlineAdmin } from "~/services/offline-admin.server";
import { deliverDue } from "~/services/reminders/deliver.server";
import { FLOW_TRIGGER_RECEIVE } from "~/services/reminders/flow.server";
import { MAX_ATTEMPTS, retryDelayMs, retryFailed } from "~/services/reminders/outbox.server";
import { recordReminders } from "~/services/reminders/record.server";
import { buy } from "../../support/ledger";
import { installedShop } from "../../support/factories";
import { adminApi, answer, mockAdminApi, sent, server } from "../../support/msw";

mockAdminApi();

const recordedAt = new Date("2024-08-25T12:00:00Z");
const later = (ms: number) => new Date(recordedAt.getTime() + ms);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** An installed shop whose 10 h pack (expires on Aug 31) has its 7-day reminder recorded. */
async function remindedShop() {
  const shop = await installedShop();
  const pack = await buy(shop.id, "10h", "2024-06-01T12:00:00Z");
  await recordReminders(recordedAt);
  return { shop, pack };
}

const flowAccepts = () => answer("FlowTriggerReceive", { flowTriggerReceive: { userErrors: [] } });
const flowRefuses = (message: string) =>
  answer("FlowTriggerReceive", { flowTriggerReceive: { userErrors: [{ field: ["handle"], message }] } });
const flowIsDown = () =>
  adminApi.operation(({ query, variables, request }) => {
    sent.push({ shop: new URL(request.url).host, query, variables });
    return HttpResponse.json({ errors: [{ message: "Service unavailable" }] }, { status: 503 });
  });

const deliveryOf = (shopId: string) => prisma.reminderDelivery.findFirstOrThrow({ where: { shopId } });

describe("delivering reminders to Shopify Flow", () => {
  test("fires flowTriggerReceive with the trigger's handle and payload, once", async () => {
    const { shop, pack } = await remindedShop();
    await prisma.shop.update({ where: { id: shop.id }, data: { reminderEmail: "owner@example.com" } });
    server.use(flowAccepts());
    expect(await deliverDue(recordedAt, offlineAdmin)).toEqual({
      claimed: 1,
      sent: 1,
      retrying: 0,
      failed: 0,
    });
    const store = shop.domain.replace(".myshopify.com", "");
    expect(sent).toEqual([
      {
        shop: shop.domain,
        query: FLOW_TRIGGER_RECEIVE,
        variables: {
          handle: "support-hours-expiring",
          payload: {
            Reminder: "7 days before expiry",
            Message: "10 h expire on Aug 31.",
            Hours: 10,
            "Expires on": "2024-08-31",
            "Days left": 6,
            "Retention window ends on": "",
            "App link": `https://admin.shopify.com/store/${store}/apps/testApiKey/app/packs/${pack}`,
            "Reminder email": "owner@example.com",
          },
        },
      },
    ]);
    expect(await deliveryOf(shop.id)).toMatchObject({ status: "sent", attempts: 1, sentAt: recordedAt });
    expect(await deliverDue(later(DAY), offlineAdmin)).toMatchObject({ claimed: 0, sent: 0 });
    expect(sent).toHaveLength(1);
  });

  test("a failed call is retried after a doubling delay, visibly, and sent once it succeeds", async () => {
    const { shop } = await remindedShop();
    server.use(flowRefuses("Invalid handle"));
    expect(await deliverDue(recordedAt, offlineAdmin)).toMatchObject({ claimed: 1, retrying: 1 });
    expect(await deliveryOf(shop.id)).toMatchObject({
      status: "pending",
      attempts: 1,
      lastError: "Invalid handle",
      nextAttemptAt: later(MINUTE),
    });
    // Not due yet: nothing is sent.
    expect(await deliverDue(later(30_000), offlineAdmin)).toMatchObject({ claimed: 0 });
    server.resetHandlers(flowIsDown());
    expect(await deliverDue(later(MINUTE), offlineAdmin)).toMatchObject({ claimed: 1, retrying: 1 });
    expect(await deliveryOf(shop.id)).toMatchObject({ attempts: 2, nextAttemptAt: later(3 * MINUTE) });
    expect((await deliveryOf(shop.id)).lastError).toMatch(/503/);
    server.resetHandlers(flowAccepts());
    expect(await deliverDue(later(3 * MINUTE), offlineAdmin)).toMatchObject({ claimed: 1, sent: 1 });
    expect(await deliverDue(later(DAY), offlineAdmin)).toMatchObject({ claimed: 0 });
    expect(sent).toHaveLength(3);
    expect(await deliveryOf(shop.id)).toMatchObject({ status: "sent", attempts: 3, lastError: null });
  });

  test("two workers at once send each delivery once", async () => {
    const shops = await Promise.all([remindedShop(), remindedShop(), remindedShop()]);
    server.use(flowAccepts());
    const runs = await Promise.all([
      deliverDue(recordedAt, offlineAdmin, { batchSize: 1 }),
      deliverDue(recordedAt, offlineAdmin, { batchSize: 1 }),
    ]);
    expect(runs[0]!.sent + runs[1]!.sent).toBe(3);
    expect(sent.map((op) => op.shop).sort()).toEqual(shops.map(({ shop }) => shop.domain).sort());
  });

  test("after the last attempt the delivery is failed and kept; it can be queued again", async () => {
    const { shop } = await remindedShop();
    server.use(flowRefuses("Flow is not available"));
    let at = recordedAt;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await deliverDue(at, offlineAdmin);
      at = new Date(at.getTime() + retryDelayMs(attempt));
    }
    expect(sent).toHaveLength(MAX_ATTEMPTS);
    expect(await deliveryOf(shop.id)).toMatchObject({
      status: "failed",
      attempts: MAX_ATTEMPTS,
      lastError: "Flow is not available",
    });
    expect(await deliverDue(later(30 * DAY), offlineAdmin)).toMatchObject({ claimed: 0 });
    expect(await retryFailed(later(30 * DAY))).toBe(1);
    server.resetHandlers(flowAccepts());
    expect(await deliverDue(later(30 * DAY), offlineAdmin)).toMatchObject({ sent: 1 });
  });

  test("a shop that uninstalled the app fails at once, without a call", async () => {
    const { shop } = await remindedShop();
    await prisma.shop.update({ where: { id: shop.id }, data: { uninstalledAt: recordedAt } });
    expect(await deliverDue(recordedAt, offlineAdmin)).toMatchObject({ claimed: 1, failed: 1 });
    expect(sent).toEqual([]);
    expect(await deliveryOf(shop.id)).toMatchObject({ status: "failed", attempts: 1 });
  });

  test("a shop without a usable session is retried like any failure", async () => {
    const { shop } = await remindedShop();
    const errors: string[] = [];
    const noSession = async () => {
      throw new Error("Could not find a session for this shop");
    };
    const summary = await deliverDue(recordedAt, noSession, { onFailure: (_, error) => errors.push(error) });
    expect(summary).toMatchObject({ retrying: 1 });
    expect(errors).toEqual(["Could not find a session for this shop"]);
    expect(await deliveryOf(shop.id)).toMatchObject({ status: "pending", attempts: 1 });
  });
});
