import { beforeEach, describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { action as developersAction, loader as developersLoader } from "~/routes/developer.console._index";
import { action as invoicesAction, loader as invoicesLoader } from "~/routes/developer.console.invoices";
import { loader as reportLoader } from "~/routes/developer.console.report";
import { loader as printLoader } from "~/routes/developer_.invoices.$id.print";
import { createInvoice } from "~/services/developers/invoices.server";
import { monthlyReport } from "~/services/developers/report.server";
import { findSession } from "~/services/developers/sessions.server";
import { approveQuote, completeQuote, createQuote } from "~/services/quotes/commands.server";
import {
  bodyOf,
  getRequest,
  makeDeveloper,
  postRequest,
  settle,
  statusOf,
  uniqueEmail,
  type TestDeveloper,
} from "../../support/portal";
import { buyPack, createShop } from "../../support/factories";

let admin: TestDeveloper;
const args = (request: Request) => ({ request, params: {}, context: {} });
const post = (path: string, fields: Record<string, string>) =>
  postRequest(path, fields, { cookie: admin.cookie, csrf: admin.csrf });

beforeEach(async () => {
  admin = await makeDeveloper({ role: "admin" });
});

describe("company console: developers", () => {
  test("the company invites a developer and gets a single-use link to send", async () => {
    const email = uniqueEmail("new");
    const outcome = await developersAction(
      args(post("/developer/console", { intent: "invite", email, name: "Grace" })),
    );
    const link = bodyOf<{ link: { url: string; email: string } }>(outcome).link;
    expect(link.email).toBe(email);
    expect(link.url).toMatch(/\/developer\/password\/[\w-]{43}$/);
    const list = await developersLoader(args(getRequest("/developer/console", admin.cookie)));
    expect(list.developers.find((d) => d.email === email)).toMatchObject({
      name: "Grace",
      setUp: false,
      status: "active",
    });
  });

  test("the company sets a payout rate in dollars, stored in cents", async () => {
    const dev = await makeDeveloper();
    await developersAction(
      args(post("/developer/console", { intent: "rate", developerId: dev.id, rate: "85.50" })),
    );
    expect((await prisma.developer.findUniqueOrThrow({ where: { id: dev.id } })).payoutRateCents).toBe(8_550);
    const bad = await developersAction(
      args(post("/developer/console", { intent: "rate", developerId: dev.id, rate: "85.555" })),
    );
    expect(statusOf(bad)).toBe(400);
  });

  test("deactivating a developer ends their sessions at once; they cannot deactivate the admin's own account", async () => {
    const dev = await makeDeveloper();
    await developersAction(args(post("/developer/console", { intent: "deactivate", developerId: dev.id })));
    expect(await findSession(dev.sessionToken, new Date())).toBeNull();
    expect(await prisma.developerSession.count({ where: { developerId: dev.id } })).toBe(0);
    const self = await developersAction(
      args(post("/developer/console", { intent: "deactivate", developerId: admin.id })),
    );
    expect(statusOf(self)).toBe(400);
  });

  test("a console form without the CSRF token is refused and nothing changes", async () => {
    const dev = await makeDeveloper();
    const request = postRequest(
      "/developer/console",
      { intent: "deactivate", developerId: dev.id },
      { cookie: admin.cookie },
    );
    expect(statusOf(await settle(() => developersAction(args(request))))).toBe(403);
    expect((await prisma.developer.findUniqueOrThrow({ where: { id: dev.id } })).status).toBe("active");
  });
});

describe("company console: invoices and report", () => {
  async function submittedInvoice(dev: TestDeveloper) {
    const shopId = (await createShop()).id;
    const packId = await buyPack(shopId, "10h", new Date(Date.now() - 86_400_000), dev.id);
    const settlement = await prisma.settlement.create({
      data: { shopId, packId, developerId: dev.id, basis: "delivered", minutes: 90, settledAt: new Date() },
    });
    const invoice = await createInvoice(dev.id, [settlement.id], new Date());
    if (!invoice.ok) throw new Error(invoice.message);
    return invoice.invoiceId;
  }

  test("the company approves an invoice, then marks it paid, in that order only", async () => {
    const dev = await makeDeveloper({ payoutRateCents: 10_001 });
    const invoiceId = await submittedInvoice(dev);
    const pay = () =>
      settle(() => invoicesAction(args(post("/developer/console/invoices", { intent: "pay", invoiceId }))));
    expect(statusOf(await pay())).toBe(409);
    await invoicesAction(args(post("/developer/console/invoices", { intent: "approve", invoiceId })));
    expect(statusOf(await pay())).toBe(200);
    const invoice = await prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId } });
    // 1.5 h at $100.01: 150.015 dollars, rounded half up to the cent.
    expect(invoice).toMatchObject({ status: "paid", amountCents: 15_002 });
    const thisMonth = await monthlyReport(new Date().toISOString().slice(0, 7), new Date());
    expect(thisMonth.ok && thisMonth.report.payoutsCents).toBeGreaterThanOrEqual(15_002);
    const list = await invoicesLoader(args(getRequest("/developer/console/invoices", admin.cookie)));
    expect(list.invoices.find((i) => i.id === invoiceId)?.status).toBe("paid");
    const print = await printLoader({
      request: getRequest(`/developer/invoices/${invoiceId}/print`, admin.cookie),
      params: { id: invoiceId },
      context: {},
    });
    expect(print.invoice.id).toBe(invoiceId);
  });

  test("the monthly report adds up hours sold, used, expired, carried over, and payouts", async () => {
    const dev = await makeDeveloper({ payoutRateCents: 8_000 });
    const shopId = (await createShop()).id;
    await buyPack(shopId, "10h", new Date("2024-06-01T12:00:00Z"), dev.id);
    const quote = await createQuote(
      { shopId, title: "Work", estimate: { hours: 8 } },
      new Date("2024-06-02T12:00:00Z"),
    );
    if (!quote.ok) throw new Error(quote.message);
    await approveQuote(shopId, quote.quote.id, new Date("2024-06-02T12:00:00Z"));
    await completeQuote(shopId, quote.quote.id, { hours: 8 }, new Date("2024-06-20T12:00:00Z"));
    await buyPack(shopId, "25h", new Date("2024-09-02T12:00:00Z"), dev.id);

    const june = await monthlyReport("2024-06", new Date());
    expect(june).toMatchObject({
      ok: true,
      report: { minutesSold: 600, salesCents: 95_000, minutesUsed: 480 },
    });
    const september = await monthlyReport("2024-09", new Date());
    expect(september).toMatchObject({ ok: true, report: { minutesSold: 1_500, minutesCarriedOver: 120 } });
    const page = await reportLoader(
      args(getRequest("/developer/console/report?month=2024-09", admin.cookie)),
    );
    expect(page.report.packsSold).toBeGreaterThanOrEqual(1);
    expect(
      statusOf(
        await settle(() =>
          reportLoader(args(getRequest("/developer/console/report?month=2024-13", admin.cookie))),
        ),
      ),
    ).toBe(400);
  });
});
