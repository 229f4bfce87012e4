import { afterEach, describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { startWorker } from "~/jobs/worker.server";
import { recordReminders } from "~/services/reminders/record.server";
import { clearQueue } from "../support/jobs";
import { connect, makeDeveloper, uniqueEmail } from "../support/portal";
import { answer, mockAdminApi, sent, server } from "../support/msw";
import { deliver, header, startMailbox } from "../support/mail";
import { buyPack, installedShop } from "../support/factories";

mockAdminApi();
const mailbox = startMailbox();

const weekBefore = new Date("2024-08-25T12:00:00Z");

/**
 * An installed shop with Shopify's email on file and a 10 h pack expiring on Aug 31, 2024 (its
 * purchase email left out). Earlier tests' shops are uninstalled: each test sees its own only.
 */
async function shopWithPack() {
  const contactEmail = uniqueEmail("owner");
  const shop = await installedShop();
  await prisma.shop.update({ where: { id: shop.id }, data: { contactEmail } });
  const pack = await buyPack(shop.id, "10h", "2024-06-01T12:00:00Z");
  await clearQueue();
  return { shop: { ...shop, contactEmail }, pack };
}

afterEach(async () => {
  await prisma.shop.updateMany({ where: { uninstalledAt: null }, data: { uninstalledAt: new Date() } });
});

const flowAccepts = () => answer("FlowTriggerReceive", { flowTriggerReceive: { userErrors: [] } });

describe("reminder emails", () => {
  test("with the Settings field empty, the merchant's reminder goes to the shop's email from Shopify", async () => {
    const { shop, pack } = await shopWithPack();
    server.use(flowAccepts());
    await recordReminders(weekBefore);
    await deliver(weekBefore);
    expect(mailbox.messages).toHaveLength(1);
    const [email] = mailbox.messages;
    expect(email!.envelope.to).toEqual([shop.contactEmail]);
    expect(email!.subject).toBe("10 h of support expire on Aug 31, 2024");
    expect(email!.text).toContain("10 h expire on Aug 31.");
    const store = shop.domain.replace(".myshopify.com", "");
    expect(email!.html).toContain(
      `https://admin.shopify.com/store/${store}/apps/testApiKey/app/packs/${pack}`,
    );
    expect(header(email!, "list-unsubscribe")).toMatch(
      /^<https:\/\/my-test-app\.myshopify\.io\/email\/unsubscribe\//,
    );
    // Flow receives the address the email went to, never an empty one.
    expect((sent[0]!.variables.payload as Record<string, unknown>)["Reminder email"]).toBe(shop.contactEmail);
  });

  test("the Settings address wins, and the window reminder says until when hours can be kept", async () => {
    const { shop } = await shopWithPack();
    await prisma.shop.update({ where: { id: shop.id }, data: { reminderEmail: "billing@shop.example" } });
    server.use(flowAccepts());
    await recordReminders(new Date("2024-09-02T12:00:00Z"));
    await deliver();
    expect(mailbox.messages.map((m) => [m.envelope.to, m.subject])).toEqual([
      [
        ["billing@shop.example"],
        "10 h of support expired on Aug 31, 2024: buy a pack by Sep 3, 2024 to keep them",
      ],
    ]);
  });

  test("the pack's developer gets the client's reminder; a merchant with reminders off gets none", async () => {
    const developer = await makeDeveloper();
    const { shop, pack } = await shopWithPack();
    await prisma.pack.update({ where: { id: pack }, data: { developerId: developer.id } });
    await connect(shop.id, developer.id);
    const quiet = await shopWithPack();
    await prisma.shop.update({ where: { id: quiet.shop.id }, data: { remindBeforeExpiry: false } });
    server.use(flowAccepts());
    await recordReminders(weekBefore);
    await deliver(weekBefore);
    const byRecipient = new Map(mailbox.messages.map((m) => [m.envelope.to[0], m]));
    expect([...byRecipient.keys()].sort()).toEqual([developer.email, shop.contactEmail].sort());
    expect(byRecipient.get(developer.email)!.subject).toBe(
      `${shop.domain}: 10 h of support expire on Aug 31, 2024`,
    );
    expect(byRecipient.get(developer.email)!.html).toContain(`/developer/stores/${shop.id}`);
  });

  test("a developer who turned client reminders off gets none; the merchant still does", async () => {
    const developer = await makeDeveloper();
    const { shop } = await shopWithPack();
    await connect(shop.id, developer.id);
    await prisma.developer.update({
      where: { id: developer.id },
      data: { emailOptOuts: ["client_reminder"] },
    });
    server.use(flowAccepts());
    await recordReminders(weekBefore);
    const run = await deliver(weekBefore);
    expect(mailbox.messages.map((m) => m.envelope.to[0])).toEqual([shop.contactEmail]);
    expect(run.lines).toContainEqual(expect.objectContaining({ kind: "client_reminder", outcome: "off" }));
  });

  test("two workers running while the reminder is recorded twice: one email, one Flow call", async () => {
    const { shop } = await shopWithPack();
    server.use(flowAccepts());
    const context = { now: () => weekBefore, log: () => {} };
    const workers = await Promise.all([startWorker({ context }), startWorker({ context })]);
    try {
      await Promise.all([recordReminders(weekBefore), recordReminders(weekBefore)]);
      await mailbox.catcher!.waitFor(1);
      for (let i = 0; i < 40 && sent.length < 1; i++) await new Promise((r) => setTimeout(r, 50));
      // Time for a duplicate to arrive, were there one.
      await new Promise((resolve) => setTimeout(resolve, 1000));
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()));
    }
    expect(mailbox.messages.map((m) => m.envelope.to[0])).toEqual([shop.contactEmail]);
    expect(sent.filter((op) => op.shop === shop.domain)).toHaveLength(1);
  });
});
