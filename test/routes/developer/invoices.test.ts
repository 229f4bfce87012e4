import { beforeEach, describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { loader as csvLoader } from "~/routes/developer.invoices.$id.csv";
import { loader as invoiceLoader } from "~/routes/developer.invoices.$id";
import { action as settleAction, loader as settleLoader } from "~/routes/developer.settlements";
import { loader as printLoader } from "~/routes/developer_.invoices.$id.print";
import { approveQuote, completeQuote, createQuote } from "~/services/quotes/commands.server";
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
let shopId: string;

/** POLICY.md scenarios 1 and 3 in one shop: the June pack carries over, the March pack expires delivered. */
async function settledPacks() {
  const at = (iso: string) => new Date(iso);
  await buyPack(shopId, "10h", at("2024-06-01T12:00:00Z"), dev.id);
  const quote = await createQuote(
    { shopId, developerId: dev.id, title: "June work", estimate: { hours: 8 } },
    at("2024-06-02T12:00:00Z"),
  );
  if (!quote.ok) throw new Error(quote.message);
  await approveQuote(shopId, quote.quote.id, at("2024-06-02T13:00:00Z"));
  await completeQuote(shopId, quote.quote.id, { hours: 8 }, at("2024-06-20T12:00:00Z"));
  await buyPack(shopId, "10h", at("2024-09-02T12:00:00Z"), dev.id);
}

beforeEach(async () => {
  dev = await makeDeveloper({ payoutRateCents: 8_550 });
  shopId = (await createShop()).id;
  await connect(shopId, dev.id);
});

async function openSettlements() {
  return settleLoader({ request: getRequest("/developer/settlements", dev.cookie), params: {}, context: {} });
}

describe("settlements and invoices", () => {
  test("final settlements are listed with basis and hours, and invoiced at the payout rate", async () => {
    await settledPacks();
    const { settlements } = await openSettlements();
    // June carried over (whole pack, 10 h); September expired unused in Dec 2024 (delivered, 0 h).
    expect(settlements.map((s) => [s.basis, s.minutes])).toEqual([
      ["whole_pack", 600],
      ["delivered", 0],
    ]);
    const request = postRequest(
      "/developer/settlements",
      { settlementId: settlements.map((s) => s.id) },
      { cookie: dev.cookie, csrf: dev.csrf },
    );
    const outcome = (await settle(() => settleAction({ request, params: {}, context: {} }))) as Response;
    expect(outcome.status).toBe(302);
    const invoiceId = outcome.headers.get("Location")!.split("/").pop()!;
    const invoice = await prisma.invoice.findUniqueOrThrow({
      where: { id: invoiceId },
      include: { lines: true },
    });
    expect(invoice).toMatchObject({
      developerId: dev.id,
      status: "submitted",
      minutes: 600,
      payoutRateCents: 8_550,
      amountCents: 85_500,
    });
    expect(invoice.lines).toHaveLength(2);
    expect((await openSettlements()).settlements).toEqual([]);

    const page = await invoiceLoader({
      request: getRequest(`/developer/invoices/${invoiceId}`, dev.cookie),
      params: { id: invoiceId },
      context: {},
    });
    expect(page.invoice.number).toBe(invoice.number);
    const print = await printLoader({
      request: getRequest(`/developer/invoices/${invoiceId}/print`, dev.cookie),
      params: { id: invoiceId },
      context: {},
    });
    expect(print.invoice.lines).toHaveLength(2);
    const csv = await csvLoader({
      request: getRequest(`/developer/invoices/${invoiceId}/csv`, dev.cookie),
      params: { id: invoiceId },
      context: {},
    });
    expect(csv.headers.get("Content-Type")).toMatch(/^text\/csv/);
    expect(csv.headers.get("Content-Security-Policy")).toContain("frame-ancestors 'none'");
    const text = await csv.text();
    expect(text.split("\r\n")[0]).toBe(
      '"invoice","store","pack","quote","basis","hours","minutes","rate_per_hour","amount","currency"',
    );
    expect(text).toContain('"whole_pack","10","600","85.50","855.00","USD"');
    expect(text).toContain('"total","","","","10","600","85.50","855.00","USD"');
  });

  test("a settlement cannot be invoiced twice", async () => {
    await settledPacks();
    const { settlements } = await openSettlements();
    const ids = settlements.map((s) => s.id);
    const send = () =>
      settle(() =>
        settleAction({
          request: postRequest(
            "/developer/settlements",
            { settlementId: ids },
            { cookie: dev.cookie, csrf: dev.csrf },
          ),
          params: {},
          context: {},
        }),
      );
    expect(statusOf(await send())).toBe(302);
    const again = await send();
    expect(statusOf(again)).toBe(409);
    expect(await prisma.invoice.count({ where: { developerId: dev.id } })).toBe(1);
  });

  test("without a payout rate, invoicing is refused with what to do", async () => {
    await prisma.developer.update({ where: { id: dev.id }, data: { payoutRateCents: null } });
    await settledPacks();
    const { settlements } = await openSettlements();
    const request = postRequest(
      "/developer/settlements",
      { settlementId: settlements[0]!.id },
      { cookie: dev.cookie, csrf: dev.csrf },
    );
    const outcome = await settle(() => settleAction({ request, params: {}, context: {} }));
    expect(bodyOf(outcome)).toMatchObject({
      code: "invalid_state",
      message: expect.stringMatching(/Ask the company to set it/),
    });
    expect(await prisma.invoice.count({ where: { developerId: dev.id } })).toBe(0);
  });

  test("an exhausted pack settles delivered at once when its last minute is charged", async () => {
    await buyPack(shopId, "10h", new Date(Date.now() - 86_400_000), dev.id);
    const quote = await createQuote(
      { shopId, developerId: dev.id, title: "All of it", estimate: { hours: 10 } },
      new Date(),
    );
    if (!quote.ok) throw new Error(quote.message);
    await approveQuote(shopId, quote.quote.id, new Date());
    await completeQuote(shopId, quote.quote.id, { hours: 10 }, new Date());
    const { settlements } = await openSettlements();
    expect(settlements.map((s) => [s.basis, s.minutes])).toEqual([["delivered", 600]]);
  });
});
