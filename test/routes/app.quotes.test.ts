import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { loader as listLoader } from "~/routes/app.quotes._index";
import { action, loader } from "~/routes/app.quotes.$quoteId";
import { createQuote } from "~/services/ledger/quotes.server";
import { buyPack, createDeveloper, installedShop, workDone } from "../support/factories";
import { adminRequest, call } from "../support/routes";

async function pendingQuote(shopId: string, minutes: number, developerId?: string) {
  const created = await createQuote(
    {
      shopId,
      developerId,
      title: "New checkout",
      description: "Rebuild the cart drawer.",
      estimate: { minutes },
    },
    new Date(),
  );
  if (!created.ok) throw new Error(created.message);
  return created.quote.id;
}

const decide = async (shop: string, quoteId: string, form: Record<string, string>) =>
  call(action, await adminRequest(shop, `/app/quotes/${quoteId}`, { form }), { quoteId });

describe("quotes", () => {
  test("the list shows quotes by status with counts", async () => {
    const shop = await installedShop();
    await buyPack(shop.id, "25h", new Date());
    await pendingQuote(shop.id, 60);
    await workDone(shop.id, { estimate: 60 }, new Date());
    const { data } = await call(listLoader, await adminRequest(shop.domain, "/app/quotes?status=approved"));
    expect(data.tab).toBe("approved");
    expect(data.quotes).toHaveLength(1);
    expect(data.counts).toEqual({ pending: 1, approved: 1, completed: 0, closed: 0 });
  });

  test("the quote page shows the developer, description and estimate", async () => {
    const shop = await installedShop();
    const developer = await createDeveloper("Grace Hopper");
    const quoteId = await pendingQuote(shop.id, 150, developer.id);
    const { data } = await call(loader, await adminRequest(shop.domain, `/app/quotes/${quoteId}`), {
      quoteId,
    });
    expect(data).toMatchObject({
      title: "New checkout",
      description: "Rebuild the cart drawer.",
      status: "pending",
      estimateMinutes: 150,
      developer: { name: "Grace Hopper" },
      heldMinutes: 0,
      timeEntries: [],
    });
  });

  test("approving holds the estimate, shown as held hours", async () => {
    const shop = await installedShop();
    await buyPack(shop.id, "25h", new Date());
    const quoteId = await pendingQuote(shop.id, 150);
    expect((await decide(shop.domain, quoteId, { intent: "approve" })).data).toEqual({ ok: true });
    const { data } = await call(loader, await adminRequest(shop.domain, `/app/quotes/${quoteId}`), {
      quoteId,
    });
    expect(data).toMatchObject({ status: "approved", heldMinutes: 150 });
  });

  test("approving with too few hours says how many are missing and changes nothing", async () => {
    const shop = await installedShop();
    const quoteId = await pendingQuote(shop.id, 270);
    const { status, data } = await decide(shop.domain, quoteId, { intent: "approve" });
    expect(status).toBe(409);
    expect(data).toEqual({
      ok: false,
      code: "insufficient_hours",
      errors: [],
      missingMinutes: 270,
      availableMinutes: 0,
      message: "This quote needs 4.5 h more than you have available (0 h). Buy a pack, then approve it.",
    });
    expect(await prisma.quote.findUniqueOrThrow({ where: { id: quoteId } })).toMatchObject({
      status: "pending",
    });
  });

  test("declining records the optional reason", async () => {
    const shop = await installedShop();
    const quoteId = await pendingQuote(shop.id, 60);
    expect((await decide(shop.domain, quoteId, { intent: "decline", reason: "Too expensive" })).data).toEqual(
      { ok: true },
    );
    expect(await prisma.quote.findUniqueOrThrow({ where: { id: quoteId } })).toMatchObject({
      status: "declined",
      declineReason: "Too expensive",
    });
  });

  test("a completed quote shows the actual hours charged and its time entries", async () => {
    const shop = await installedShop();
    const developer = await createDeveloper();
    await buyPack(shop.id, "25h", new Date());
    const quoteId = await workDone(shop.id, { estimate: 120 }, new Date(), undefined, developer.id);
    await prisma.timeEntry.create({
      data: {
        shopId: shop.id,
        quoteId,
        developerId: developer.id,
        workedOn: "2026-03-02",
        minutes: 90,
        note: "Theme fix",
      },
    });
    const { completeQuote } = await import("~/services/ledger/quotes.server");
    await completeQuote(shop.id, quoteId, { minutes: 90 }, new Date());
    const { data } = await call(loader, await adminRequest(shop.domain, `/app/quotes/${quoteId}`), {
      quoteId,
    });
    expect(data).toMatchObject({
      status: "completed",
      actualMinutes: 90,
      timeEntries: [{ workedOn: "2026-03-02", minutes: 90, note: "Theme fix" }],
    });
  });

  test("another shop's quote id answers 404 to the page and to approve, and changes nothing", async () => {
    const owner = await installedShop();
    const other = await installedShop();
    await buyPack(other.id, "75h", new Date());
    const quoteId = await pendingQuote(owner.id, 60);
    const page = await call(loader, await adminRequest(other.domain, `/app/quotes/${quoteId}`), { quoteId });
    expect(page.status).toBe(404);
    expect(page.data).toEqual({ message: "This quote does not exist in your store. Open it from Quotes." });
    expect((await decide(other.domain, quoteId, { intent: "approve" })).status).toBe(404);
    expect((await decide(other.domain, quoteId, { intent: "decline" })).status).toBe(404);
    expect(await prisma.quote.findUniqueOrThrow({ where: { id: quoteId } })).toMatchObject({
      status: "pending",
    });
  });
});
