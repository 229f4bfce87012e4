// The portal and the company console for custom quotes, overruns and disputes.
import { beforeEach, describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { action as disputesAction, loader as disputesLoader } from "~/routes/developer.console.disputes";
import { action as pricingAction, loader as pricingLoader } from "~/routes/developer.console.pricing";
import { loader as reportLoader } from "~/routes/developer.console.report";
import { action as quoteAction, loader as quoteLoader } from "~/routes/developer.quotes.$id";
import { action as settleAction, loader as settleLoader } from "~/routes/developer.settlements";
import { approveQuote, createQuote } from "~/services/quotes/commands.server";
import { payQuoteAtOnce } from "~/services/quotes/custom.server";
import { disputeOverrun } from "~/services/quotes/overruns.server";
import { setCompanyQuoteRate, setOverrunTolerance } from "~/services/quotes/policy.server";
import {
  bodyOf,
  connect,
  getRequest,
  makeDeveloper,
  postRequest,
  settle,
  statusOf,
  type TestDeveloper,
} from "../../support/portal";
import { buyPack, createShop } from "../../support/factories";

let dev: TestDeveloper;
let admin: TestDeveloper;
let shopId: string;
const now = () => new Date();

beforeEach(async () => {
  dev = await makeDeveloper({ payoutRateCents: 6_000 });
  admin = await makeDeveloper({ role: "admin" });
  shopId = (await createShop()).id;
  await connect(shopId, dev.id);
  await buyPack(shopId, "25h", new Date(Date.now() - 86_400_000), dev.id);
});

async function newQuote(minutes = 120) {
  const created = await createQuote(
    { shopId, developerId: dev.id, title: "Gift card page", estimate: { minutes } },
    now(),
  );
  if (!created.ok) throw new Error(created.message);
  return created.quote.id;
}

const onQuote = (id: string, fields: Record<string, string>) =>
  settle(() =>
    quoteAction({
      request: postRequest(`/developer/quotes/${id}`, fields, { cookie: dev.cookie, csrf: dev.csrf }),
      params: { id },
      context: {},
    }),
  );
const openQuote = (id: string) =>
  quoteLoader({ request: getRequest(`/developer/quotes/${id}`, dev.cookie), params: { id }, context: {} });
const asAdmin = (path: string, fields: Record<string, string>, who = admin) => ({
  request: postRequest(path, fields, { cookie: who.cookie, csrf: who.csrf }),
  params: {},
  context: {},
});

describe("withdrawing in the portal", () => {
  test("a pending quote is declined by the withdraw, and shows as withdrawn", async () => {
    const id = await newQuote();
    expect(await onQuote(id, { intent: "withdraw" })).toEqual({ ok: true, done: "withdraw" });
    const quote = await prisma.quote.findUniqueOrThrow({ where: { id } });
    expect(quote.status).toBe("declined");
    expect(quote.withdrawnAt).not.toBeNull();
  });

  test("a paid custom quote cannot be withdrawn", async () => {
    const id = await newQuote();
    await payQuoteAtOnce(shopId, id, now());
    const refused = await onQuote(id, { intent: "withdraw" });
    expect(statusOf(refused)).toBe(409);
    expect(bodyOf(refused).message).toContain("paid as a custom quote");
  });

  test("while the merchant's payment waits at Shopify, the quote can be neither edited nor withdrawn", async () => {
    const id = await newQuote();
    await prisma.appPurchase.create({
      data: {
        shopId,
        shopifyPurchaseId: "gid://shopify/AppPurchaseOneTime/4242",
        quoteId: id,
        estimateMinutes: 120,
        priceCents: 19_000,
        currencyCode: "USD",
        test: true,
        purchasedAt: now(),
      },
    });
    const attempts: Record<string, string>[] = [
      { intent: "edit", title: "Bigger", estimateHours: "9" },
      { intent: "withdraw" },
    ];
    for (const fields of attempts) {
      const refused = await onQuote(id, fields);
      expect(statusOf(refused)).toBe(409);
      expect(bodyOf(refused).message).toContain("paying for this quote at Shopify");
    }
    expect(await prisma.quote.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "pending",
      estimateMinutes: 120,
    });
  });
});

describe("a custom quote in the portal", () => {
  test("completes without charging, settles the quoted hours and is invoiced like a pack", async () => {
    const id = await newQuote(120);
    await payQuoteAtOnce(shopId, id, now());
    expect((await openQuote(id)).quote).toMatchObject({ paidWith: "money", priceCents: 19_000 });
    expect(await onQuote(id, { intent: "complete", actualHours: "3", note: "Took longer" })).toEqual({
      ok: true,
      done: "complete",
    });
    expect(await prisma.quote.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "completed",
      actualMinutes: 180,
      chargedMinutes: 0,
      completionNote: "Took longer",
    });
    const { settlements } = await settleLoader({
      request: getRequest("/developer/settlements", dev.cookie),
      params: {},
      context: {},
    });
    expect(settlements).toEqual([
      expect.objectContaining({
        packTier: null,
        quoteTitle: "Gift card page",
        basis: "custom_quote",
        minutes: 120,
      }),
    ]);
    const invoiced = await settle(() =>
      settleAction({
        request: postRequest(
          "/developer/settlements",
          { settlementId: settlements[0]!.id },
          { cookie: dev.cookie, csrf: dev.csrf },
        ),
        params: {},
        context: {},
      }),
    );
    expect(statusOf(invoiced)).toBe(302);
    const line = await prisma.invoiceLine.findFirstOrThrow({ where: { settlementId: settlements[0]!.id } });
    expect(line).toMatchObject({
      packTier: null,
      quoteTitle: "Gift card page",
      basis: "custom_quote",
      amountCents: 12_000,
    });
  });
});

describe("an overrun in the portal", () => {
  test("the page says what is charged at once; a completion above it waits for the merchant", async () => {
    await setOverrunTolerance(shopId, 10);
    const id = await newQuote(120);
    await approveQuote(shopId, id, now());
    expect((await openQuote(id)).overrunLimitMinutes).toBe(132);
    expect(await onQuote(id, { intent: "complete", actualHours: "2.5", note: "Theme bug" })).toEqual({
      ok: true,
      done: "complete",
    });
    expect((await openQuote(id)).quote).toMatchObject({
      status: "awaiting_approval",
      actualMinutes: 150,
      chargedMinutes: null,
      completionNote: "Theme bug",
    });
    const again = await onQuote(id, { intent: "complete", actualHours: "2" });
    expect(statusOf(again)).toBe(409);
    const logging = await onQuote(id, { intent: "add-time", workedOn: "2026-01-05", hours: "1" });
    expect(statusOf(logging)).toBe(409);
  });
});

describe("the company's Disputes list", () => {
  async function disputed() {
    await setOverrunTolerance(shopId, 0);
    const id = await newQuote(120);
    await approveQuote(shopId, id, now());
    await prisma.timeEntry.create({
      data: {
        shopId,
        quoteId: id,
        developerId: dev.id,
        workedOn: "2026-01-05",
        minutes: 180,
        note: "Labels",
      },
    });
    await onQuote(id, { intent: "complete", actualHours: "3", note: "The carrier's API" });
    await disputeOverrun(shopId, id, "Two hours, we said.", now());
    return id;
  }

  test("shows both sides' words: the merchant's reason, the developer's note and time entries", async () => {
    const id = await disputed();
    const { open } = await disputesLoader({
      request: getRequest("/developer/console/disputes", admin.cookie),
      params: {},
      context: {},
    });
    expect(open.find((q) => q.id === id)).toMatchObject({
      disputeReason: "Two hours, we said.",
      completionNote: "The carrier's API",
      estimateMinutes: 120,
      actualMinutes: 180,
      timeEntries: [{ workedOn: "2026-01-05", minutes: 180, note: "Labels" }],
    });
  });

  test("is the company's only: a developer is refused", async () => {
    const outcome = await settle(() =>
      disputesLoader({
        request: getRequest("/developer/console/disputes", dev.cookie),
        params: {},
        context: {},
      }),
    );
    expect(statusOf(outcome)).toBe(403);
    const posted = await settle(() =>
      disputesAction(asAdmin("/developer/console/disputes", { intent: "resolve" }, dev)),
    );
    expect(statusOf(posted)).toBe(403);
  });

  test("an admin resolves with hours from 0.25 to the actual and a required reason", async () => {
    const id = await disputed();
    const resolve = (fields: Record<string, string>) =>
      settle(() =>
        disputesAction(asAdmin("/developer/console/disputes", { intent: "resolve", quoteId: id, ...fields })),
      );
    const tooMuch = await resolve({ chargedHours: "3.5", reason: "x" });
    expect(statusOf(tooMuch)).toBe(400);
    expect(bodyOf<{ errors: { field: string }[] }>(tooMuch).errors[0]?.field).toBe("chargedHours");
    const noReason = await resolve({ chargedHours: "2.5", reason: "" });
    expect(bodyOf<{ errors: { field: string }[] }>(noReason).errors[0]?.field).toBe("reason");
    expect(
      await resolve({ chargedHours: "2.5", reason: "Half of the extra was the carrier's fault." }),
    ).toEqual({
      ok: true,
      charged: "2.5 h",
    });
    expect(await prisma.quote.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "completed",
      chargedMinutes: 150,
      resolvedById: admin.id,
    });
    const { open, resolved } = await disputesLoader({
      request: getRequest("/developer/console/disputes", admin.cookie),
      params: {},
      context: {},
    });
    expect(open.map((q) => q.id)).not.toContain(id);
    expect(resolved.map((q) => q.id)).toContain(id);
  });
});

describe("pricing and the monthly report", () => {
  test("the company sets the custom-quote rate in dollars; a bad amount names the field", async () => {
    expect(await pricingAction(asAdmin("/developer/console/pricing", { rate: "120" }))).toEqual({
      ok: true,
      rateCents: 12_000,
    });
    expect(
      (
        await pricingLoader({
          request: getRequest("/developer/console/pricing", admin.cookie),
          params: {},
          context: {},
        })
      ).rateCents,
    ).toBe(12_000);
    const bad = await settle(() => pricingAction(asAdmin("/developer/console/pricing", { rate: "0.50" })));
    expect(statusOf(bad)).toBe(400);
    expect(bodyOf<{ errors: { field: string }[] }>(bad).errors[0]?.field).toBe("rate");
    const developer = await settle(() =>
      pricingAction(asAdmin("/developer/console/pricing", { rate: "1" }, dev)),
    );
    expect(statusOf(developer)).toBe(403);
  });

  test("the report shows custom-quote sales and hours apart from packs", async () => {
    await setCompanyQuoteRate(10_000);
    // A month no other test of this file pays in.
    const paidAt = new Date("2025-02-10T12:00:00Z");
    const created = await createQuote({ shopId, title: "Logo", estimate: { minutes: 90 } }, paidAt);
    if (!created.ok) throw new Error(created.message);
    await payQuoteAtOnce(shopId, created.quote.id, paidAt);
    const month = "2025-02";
    const { report } = await reportLoader({
      request: getRequest(`/developer/console/report?month=${month}`, admin.cookie),
      params: {},
      context: {},
    });
    expect(report).toMatchObject({
      customQuotesPaid: 1,
      customQuoteMinutes: 90,
      customQuoteSalesCents: 15_000,
    });
  });
});
