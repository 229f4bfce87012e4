import { beforeEach, describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { action as quoteAction, loader as quoteLoader } from "~/routes/developer.quotes.$id";
import { action as storeAction, loader as storeLoader } from "~/routes/developer.stores.$shopId";
import { approveQuote } from "~/services/quotes/commands.server";
import { balanceSummary } from "~/services/ledger/read.server";
import { localDate } from "~/ledger";
import { connect, getRequest, makeDeveloper, postRequest, type TestDeveloper } from "../../support/portal";
import { buyPack, createShop } from "../../support/factories";
import { callRoute } from "../../support/routes";

let dev: TestDeveloper;
let shopId: string;
const DAY = 24 * 3600_000;

beforeEach(async () => {
  dev = await makeDeveloper();
  const shop = await createShop();
  shopId = shop.id;
  await connect(shopId, dev.id);
  await buyPack(shopId, "10h", new Date(Date.now() - DAY), dev.id);
});

async function createQuote(fields: Record<string, string>, csrf: string | null = dev.csrf) {
  const request = postRequest(`/developer/stores/${shopId}`, fields, { cookie: dev.cookie, csrf });
  return callRoute(storeAction, { request, params: { shopId }, context: {} });
}

async function onQuote(id: string, fields: Record<string, string>) {
  const request = postRequest(`/developer/quotes/${id}`, fields, { cookie: dev.cookie, csrf: dev.csrf });
  return callRoute(quoteAction, { request, params: { id }, context: {} });
}

async function newApprovedQuote(estimateHours = "2") {
  const created = (await createQuote({ title: "Fix checkout", description: "", estimateHours })).response!;
  const id = created.headers.get("Location")!.split("/").pop()!;
  const approved = await approveQuote(shopId, id, new Date());
  expect(approved.ok).toBe(true);
  return id;
}

describe("quotes in the portal", () => {
  test("a developer quotes a connected store in hours, stored as whole minutes", async () => {
    const outcome = await createQuote({ title: "New banner", description: "Hero", estimateHours: "1.25" });
    expect(outcome.status).toBe(302);
    const id = outcome.response!.headers.get("Location")!.split("/").pop()!;
    const quote = await prisma.quote.findFirstOrThrow({ where: { id } });
    expect(quote).toMatchObject({ developerId: dev.id, shopId, estimateMinutes: 75, status: "pending" });
    const page = await quoteLoader({
      request: getRequest(`/developer/quotes/${id}`, dev.cookie),
      params: { id },
      context: {},
    });
    expect(page.quote.title).toBe("New banner");
  });

  test("estimates under 15 minutes or not in whole minutes are refused", async () => {
    expect((await createQuote({ title: "Tiny", estimateHours: "0.2" })).data).toMatchObject({
      code: "invalid_hours",
    });
    expect((await createQuote({ title: "Odd", estimateHours: "1.33" })).data).toMatchObject({
      code: "invalid_hours",
    });
    expect(await prisma.quote.count({ where: { shopId } })).toBe(0);
  });

  test("a form without the CSRF token is refused and no quote is created", async () => {
    const outcome = await createQuote({ title: "Sneaky", estimateHours: "1" }, null);
    expect(outcome.status).toBe(403);
    expect(await prisma.quote.count({ where: { shopId } })).toBe(0);
  });

  test("a quote can be edited while pending, not once approved", async () => {
    const created = (await createQuote({ title: "Old", estimateHours: "1" })).response!;
    const id = created.headers.get("Location")!.split("/").pop()!;
    expect(
      (await onQuote(id, { intent: "edit", title: "New", description: "More", estimateHours: "3" })).data,
    ).toEqual({ ok: true, done: "edit" });
    expect(await prisma.quote.findFirstOrThrow({ where: { id } })).toMatchObject({
      title: "New",
      estimateMinutes: 180,
    });
    await approveQuote(shopId, id, new Date());
    const refused = await onQuote(id, { intent: "edit", title: "Newer", estimateHours: "9" });
    expect(refused.status).toBe(409);
    expect(await prisma.quote.findFirstOrThrow({ where: { id } })).toMatchObject({
      title: "New",
      estimateMinutes: 180,
    });
  });

  test("withdrawing an approved quote cancels it and releases its hold", async () => {
    const id = await newApprovedQuote("2");
    expect((await balanceSummary(shopId, new Date()))!.heldMinutes).toBe(120);
    expect((await onQuote(id, { intent: "withdraw" })).data).toEqual({ ok: true, done: "withdraw" });
    expect((await prisma.quote.findFirstOrThrow({ where: { id } })).status).toBe("cancelled");
    expect((await balanceSummary(shopId, new Date()))!.heldMinutes).toBe(0);
  });
});

describe("time and completion", () => {
  test("time is logged, edited and deleted on an approved quote, then completion charges the actual total", async () => {
    const id = await newApprovedQuote("2");
    const today = new Date().toISOString().slice(0, 10);
    await onQuote(id, { intent: "add-time", workedOn: today, hours: "1.5", note: "setup" });
    await onQuote(id, { intent: "add-time", workedOn: today, hours: "1", note: "oops" });
    const entries = await prisma.timeEntry.findMany({
      where: { quoteId: id },
      orderBy: { createdAt: "asc" },
    });
    expect(entries.map((e) => e.minutes).sort()).toEqual([60, 90]);
    const oops = entries.find((e) => e.note === "oops")!;
    const setup = entries.find((e) => e.note === "setup")!;
    await onQuote(id, {
      intent: "update-time",
      entryId: setup.id,
      workedOn: today,
      hours: "2.5",
      note: "setup and QA",
    });
    await onQuote(id, { intent: "delete-time", entryId: oops.id });
    const page = await quoteLoader({
      request: getRequest(`/developer/quotes/${id}`, dev.cookie),
      params: { id },
      context: {},
    });
    expect(page.loggedMinutes).toBe(150);

    expect((await onQuote(id, { intent: "complete", actualHours: "2.5" })).data).toEqual({
      ok: true,
      done: "complete",
    });
    expect(await prisma.quote.findFirstOrThrow({ where: { id } })).toMatchObject({
      status: "completed",
      actualMinutes: 150,
    });
    const balance = (await balanceSummary(shopId, new Date()))!;
    expect(balance).toMatchObject({ availableMinutes: 600 - 150, heldMinutes: 0 });

    const late = await onQuote(id, { intent: "add-time", workedOn: today, hours: "1", note: "" });
    expect(late.status).toBe(409);
  });

  test("a completion the store cannot cover says what the merchant must do and changes nothing", async () => {
    const id = await newApprovedQuote("2");
    const before = await balanceSummary(shopId, new Date());
    const outcome = await onQuote(id, { intent: "complete", actualHours: "12" });
    expect(outcome.status).toBe(409);
    expect(outcome.data as { code: string; message: string }).toMatchObject({
      code: "insufficient_hours",
      message: expect.stringMatching(/2 h short.*Ask the merchant to buy a pack/),
    });
    expect((await prisma.quote.findFirstOrThrow({ where: { id } })).status).toBe("approved");
    expect(await balanceSummary(shopId, new Date())).toEqual(before);
    expect(await prisma.ledgerEntry.count({ where: { quoteId: id, kind: "usage" } })).toBe(0);
  });

  test("time in the future or beyond 24 h in one entry is refused", async () => {
    const id = await newApprovedQuote("1");
    const future = new Date(Date.now() + 3 * DAY).toISOString().slice(0, 10);
    expect((await onQuote(id, { intent: "add-time", workedOn: future, hours: "1", note: "" })).status).toBe(
      400,
    );
    expect(
      (await onQuote(id, { intent: "add-time", workedOn: "2026-02-30", hours: "1", note: "" })).status,
    ).toBe(400);
    const today = new Date().toISOString().slice(0, 10);
    expect((await onQuote(id, { intent: "add-time", workedOn: today, hours: "25", note: "" })).status).toBe(
      400,
    );
    expect(await prisma.timeEntry.count({ where: { quoteId: id } })).toBe(0);
  });

  test("time is logged only from the quote's creation day to today, in the store's calendar", async () => {
    // Fourteen hours ahead of UTC: the store's dates differ from UTC's for most of the day.
    const timeZone = "Pacific/Kiritimati";
    await prisma.shop.update({ where: { id: shopId }, data: { timezone: timeZone } });
    const id = await newApprovedQuote("2");
    const { createdAt } = await prisma.quote.findFirstOrThrow({ where: { id } });
    const first = localDate(createdAt, timeZone);
    const today = localDate(new Date(), timeZone);
    const shift = (date: string, days: number) =>
      new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

    const page = await quoteLoader({
      request: getRequest(`/developer/quotes/${id}`, dev.cookie),
      params: { id },
      context: {},
    });
    expect(page.days).toEqual({ first, today });

    const early = await onQuote(id, { intent: "add-time", workedOn: shift(first, -1), hours: "1", note: "" });
    expect(early.status).toBe(400);
    expect(early.data).toMatchObject({
      errors: [{ field: "workedOn", message: expect.stringMatching(/^The quote was created on /) }],
    });
    const late = await onQuote(id, { intent: "add-time", workedOn: shift(today, 1), hours: "1", note: "" });
    expect(late.status).toBe(400);
    expect(late.data).toMatchObject({
      errors: [{ field: "workedOn", message: expect.stringMatching(/in the future/) }],
    });
    expect(await prisma.timeEntry.count({ where: { quoteId: id } })).toBe(0);

    expect((await onQuote(id, { intent: "add-time", workedOn: first, hours: "1", note: "" })).status).toBe(
      200,
    );
    const entry = await prisma.timeEntry.findFirstOrThrow({ where: { quoteId: id } });
    const moved = await onQuote(id, {
      intent: "update-time",
      entryId: entry.id,
      workedOn: shift(first, -1),
      hours: "1",
      note: "",
    });
    expect(moved.status).toBe(400);
    expect(moved.data).toMatchObject({ errors: [{ field: "workedOn" }] });
    expect(await prisma.timeEntry.findFirstOrThrow({ where: { id: entry.id } })).toMatchObject({
      workedOn: first,
    });
  });

  test("a completion the store cannot cover is the actual hours' error, shown next to the field", async () => {
    const id = await newApprovedQuote("2");
    const outcome = await onQuote(id, { intent: "complete", actualHours: "12" });
    expect(outcome.status).toBe(409);
    expect(outcome.data).toMatchObject({
      errors: [{ field: "actualHours", message: expect.stringMatching(/2 h short/) }],
    });
  });

  test("the store page shows the store's hours to a connected developer", async () => {
    const page = await storeLoader({
      request: getRequest(`/developer/stores/${shopId}`, dev.cookie),
      params: { shopId },
      context: {},
    });
    expect(page.balance.available).toBe(600);
  });
});
