import { HttpResponse } from "msw";
import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import type { LogLine } from "~/jobs/types";
import { retryFailedJobs } from "~/jobs/status.sql.server";
import { drainQueue } from "~/jobs/worker.server";
import { MESSAGE_MAX_ATTEMPTS } from "~/services/jobs/queue.sql.server";
import { offlineAdmin, type AdminFor } from "~/services/offline-admin.server";
import { FLOW_TRIGGER_RECEIVE } from "~/services/reminders/flow.server";
import { recordReminders } from "~/services/reminders/record.server";
import { backoffPasses, clearQueueAfterEach, queuedJobs } from "../../support/jobs";
import { adminApi, answer, mockAdminApi, sent, server } from "../../support/msw";
import { buyPack, installedShop } from "../../support/factories";

mockAdminApi();
clearQueueAfterEach();

const recordedAt = new Date("2024-08-25T12:00:00Z");

/** An installed shop whose 10 h pack (expires on Aug 31) has its 7-day reminder recorded. */
async function remindedShop() {
  const shop = await installedShop();
  const pack = await buyPack(shop.id, "10h", "2024-06-01T12:00:00Z");
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

function drain(adminFor: AdminFor = offlineAdmin) {
  const lines: LogLine[] = [];
  return drainQueue({ context: { now: () => recordedAt, log: (l) => lines.push(l), adminFor } }).then(
    (run) => ({ ...run, lines }),
  );
}

describe("reminders reach Shopify Flow through the queue", () => {
  test("fires flowTriggerReceive with the trigger's handle and payload, once", async () => {
    const { shop, pack } = await remindedShop();
    await prisma.shop.update({ where: { id: shop.id }, data: { reminderEmail: "owner@example.com" } });
    server.use(flowAccepts());
    expect(await drain()).toMatchObject({ completed: 1, failed: 0 });
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
    expect(await queuedJobs()).toEqual([]);
    await recordReminders(recordedAt);
    expect(await drain()).toMatchObject({ completed: 0 });
    expect(sent).toHaveLength(1);
  });

  test("a failed call is retried after a backoff, visibly, and sent once it succeeds", async () => {
    await remindedShop();
    server.use(flowRefuses("Invalid handle"));
    expect(await drain()).toMatchObject({ completed: 0, failed: 1 });
    const [job] = await queuedJobs("flow_trigger");
    expect(job).toMatchObject({ attempts: 1, lastError: expect.stringContaining("Invalid handle") });
    // Not due yet: graphile-worker waits e^1 seconds after the first failure.
    expect(job!.runAt.getTime()).toBeGreaterThan(Date.now());
    expect(await drain()).toMatchObject({ completed: 0, failed: 0 });
    server.resetHandlers(flowIsDown());
    await backoffPasses();
    expect(await drain()).toMatchObject({ failed: 1 });
    expect((await queuedJobs("flow_trigger"))[0]).toMatchObject({
      attempts: 2,
      lastError: expect.stringMatching(/503/),
    });
    server.resetHandlers(flowAccepts());
    await backoffPasses();
    expect(await drain()).toMatchObject({ completed: 1, failed: 0 });
    expect(sent).toHaveLength(3);
    expect(await queuedJobs()).toEqual([]);
  });

  test("two workers at once call Flow once per reminder", async () => {
    const shops = await Promise.all([remindedShop(), remindedShop(), remindedShop()]);
    server.use(flowAccepts());
    const runs = await Promise.all([drain(), drain()]);
    expect(runs[0]!.completed + runs[1]!.completed).toBe(3);
    expect(sent.map((op) => op.shop).sort()).toEqual(shops.map(({ shop }) => shop.domain).sort());
  });

  test("after the last attempt the job is kept as failed; it can be queued again", async () => {
    await remindedShop();
    server.use(flowRefuses("Flow is not available"));
    for (let attempt = 1; attempt <= MESSAGE_MAX_ATTEMPTS; attempt++) {
      await backoffPasses();
      await drain();
    }
    expect(sent).toHaveLength(MESSAGE_MAX_ATTEMPTS);
    expect(await queuedJobs("flow_trigger")).toEqual([
      expect.objectContaining({
        attempts: MESSAGE_MAX_ATTEMPTS,
        lastError: expect.stringContaining("Flow is not available"),
      }),
    ]);
    await backoffPasses();
    expect(await drain()).toMatchObject({ completed: 0, failed: 0 });
    expect(await retryFailedJobs()).toBe(1);
    server.resetHandlers(flowAccepts());
    expect(await drain()).toMatchObject({ completed: 1 });
    expect(await queuedJobs()).toEqual([]);
  });

  test("a shop that uninstalled the app is not called: an error line says so", async () => {
    const { shop } = await remindedShop();
    await prisma.shop.update({ where: { id: shop.id }, data: { uninstalledAt: recordedAt } });
    const run = await drain();
    expect(sent).toEqual([]);
    expect(run.lines).toContainEqual(
      expect.objectContaining({ level: "error", job: "flow_trigger", shopId: shop.id }),
    );
    expect(await queuedJobs()).toEqual([]);
  });

  test("a shop without a usable session is retried like any failure", async () => {
    await remindedShop();
    const noSession: AdminFor = async () => {
      throw new Error("Could not find a session for this shop");
    };
    const run = await drain(noSession);
    expect(run.failed).toBe(1);
    expect(run.lines).toContainEqual(
      expect.objectContaining({
        level: "error",
        job: "flow_trigger",
        message: expect.stringContaining("session"),
      }),
    );
    expect((await queuedJobs("flow_trigger"))[0]).toMatchObject({
      attempts: 1,
      lastError: expect.stringContaining("Could not find a session"),
    });
  });
});
