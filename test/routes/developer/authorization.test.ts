import { beforeEach, describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { loader as consoleLoader } from "~/routes/developer.console";
import {
  action as consoleDevelopersAction,
  loader as consoleDevelopersLoader,
} from "~/routes/developer.console._index";
import { action as consoleInvoicesAction } from "~/routes/developer.console.invoices";
import { loader as reportLoader } from "~/routes/developer.console.report";
import { loader as clientsLoader } from "~/routes/developer._index";
import { loader as csvLoader } from "~/routes/developer.invoices.$id.csv";
import { loader as invoiceLoader } from "~/routes/developer.invoices.$id";
import { loader as printLoader } from "~/routes/developer_.invoices.$id.print";
import { action as quoteAction, loader as quoteLoader } from "~/routes/developer.quotes.$id";
import { loader as quotesLoader } from "~/routes/developer.quotes._index";
import { action as storeAction, loader as storeLoader } from "~/routes/developer.stores.$shopId";
import { createInvoice } from "~/services/developers/invoices.server";
import { approveQuote, createQuote } from "~/services/quotes/commands.server";
import {
  connect,
  getRequest,
  makeDeveloper,
  postRequest,
  settle,
  statusOf,
  type TestDeveloper,
} from "../../support/portal";
import { buyPack, createShop } from "../../support/factories";

let a: TestDeveloper;
let b: TestDeveloper;
let shopA: string;
let quoteA: string;

beforeEach(async () => {
  a = await makeDeveloper({ payoutRateCents: 9_000 });
  b = await makeDeveloper({ payoutRateCents: 9_000 });
  shopA = (await createShop()).id;
  await connect(shopA, a.id);
  await connect((await createShop()).id, b.id);
  await buyPack(shopA, "25h", new Date(Date.now() - 86_400_000), a.id);
  const quote = await createQuote(
    { shopId: shopA, developerId: a.id, title: "A's work", estimate: { hours: 2 } },
    new Date(),
  );
  if (!quote.ok) throw new Error(quote.message);
  quoteA = quote.quote.id;
  await approveQuote(shopA, quoteA, new Date());
});

const run = <T>(fn: () => Promise<T>) => settle(fn);
const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });

describe("developer B guessing developer A's ids", () => {
  test("cannot read A's store or quote: 404", async () => {
    expect(
      statusOf(
        await run(() =>
          storeLoader(args(getRequest(`/developer/stores/${shopA}`, b.cookie), { shopId: shopA })),
        ),
      ),
    ).toBe(404);
    expect(
      statusOf(
        await run(() =>
          quoteLoader(args(getRequest(`/developer/quotes/${quoteA}`, b.cookie), { id: quoteA })),
        ),
      ),
    ).toBe(404);
    const clients = await clientsLoader(args(getRequest("/developer", b.cookie)));
    expect(clients.clients.map((c) => c.shopId)).not.toContain(shopA);
    const quotes = await quotesLoader(args(getRequest("/developer/quotes", b.cookie)));
    expect(quotes.quotes).toEqual([]);
  });

  test("cannot quote for A's store, nor change, log time on, complete or withdraw A's quote", async () => {
    const quote = postRequest(
      `/developer/stores/${shopA}`,
      { title: "Mine now", estimateHours: "1" },
      { cookie: b.cookie, csrf: b.csrf },
    );
    expect(statusOf(await run(() => storeAction(args(quote, { shopId: shopA }))))).toBe(404);
    const today = new Date().toISOString().slice(0, 10);
    for (const fields of <Record<string, string>[]>[
      { intent: "edit", title: "x", estimateHours: "1" },
      { intent: "add-time", workedOn: today, hours: "1", note: "" },
      { intent: "complete", actualHours: "1" },
      { intent: "withdraw" },
    ]) {
      const request = postRequest(`/developer/quotes/${quoteA}`, fields, { cookie: b.cookie, csrf: b.csrf });
      expect(statusOf(await run(() => quoteAction(args(request, { id: quoteA }))))).toBe(404);
    }
    expect(await prisma.quote.findUniqueOrThrow({ where: { id: quoteA } })).toMatchObject({
      status: "approved",
      title: "A's work",
    });
    expect(await prisma.quote.count({ where: { developerId: b.id } })).toBe(0);
    expect(await prisma.timeEntry.count({ where: { quoteId: quoteA } })).toBe(0);
  });

  test("cannot edit or delete A's time entry through B's own quote", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const entry = await prisma.timeEntry.create({
      data: { shopId: shopA, quoteId: quoteA, developerId: a.id, workedOn: today, minutes: 30 },
    });
    const request = postRequest(
      `/developer/quotes/${quoteA}`,
      { intent: "delete-time", entryId: entry.id },
      { cookie: b.cookie, csrf: b.csrf },
    );
    expect(statusOf(await run(() => quoteAction(args(request, { id: quoteA }))))).toBe(404);
    expect(await prisma.timeEntry.count({ where: { id: entry.id } })).toBe(1);
  });

  test("cannot read A's invoice, its printable page or its CSV", async () => {
    const settlement = await prisma.settlement.create({
      data: {
        shopId: shopA,
        packId: (await prisma.pack.findFirstOrThrow({ where: { shopId: shopA } })).id,
        developerId: a.id,
        basis: "delivered",
        minutes: 60,
        settledAt: new Date(),
      },
    });
    const invoice = await createInvoice(a.id, [settlement.id], new Date());
    if (!invoice.ok) throw new Error(invoice.message);
    const id = invoice.invoiceId;
    expect(
      statusOf(
        await run(() => invoiceLoader(args(getRequest(`/developer/invoices/${id}`, b.cookie), { id }))),
      ),
    ).toBe(404);
    expect(
      statusOf(
        await run(() => csvLoader(args(getRequest(`/developer/invoices/${id}/csv`, b.cookie), { id }))),
      ),
    ).toBe(404);
    expect(
      statusOf(
        await run(() => printLoader(args(getRequest(`/developer/invoices/${id}/print`, b.cookie), { id }))),
      ),
    ).toBe(404);
    expect(await createInvoice(b.id, [settlement.id], new Date())).toMatchObject({
      ok: false,
      code: "conflict",
    });
    expect(
      statusOf(
        await run(() =>
          invoiceLoader(args(getRequest(`/developer/invoices/not-a-uuid`, b.cookie), { id: "not-a-uuid" })),
        ),
      ),
    ).toBe(404);
  });
});

describe("revoked developers", () => {
  test("a developer the store revoked sees nothing more of it", async () => {
    await prisma.shopDeveloper.update({
      where: { shopId_developerId: { shopId: shopA, developerId: a.id } },
      data: { revokedAt: new Date() },
    });
    expect(
      statusOf(
        await run(() =>
          storeLoader(args(getRequest(`/developer/stores/${shopA}`, a.cookie), { shopId: shopA })),
        ),
      ),
    ).toBe(404);
    expect(
      statusOf(
        await run(() =>
          quoteLoader(args(getRequest(`/developer/quotes/${quoteA}`, a.cookie), { id: quoteA })),
        ),
      ),
    ).toBe(404);
    const complete = postRequest(
      `/developer/quotes/${quoteA}`,
      { intent: "complete", actualHours: "1" },
      { cookie: a.cookie, csrf: a.csrf },
    );
    expect(statusOf(await run(() => quoteAction(args(complete, { id: quoteA }))))).toBe(404);
    expect((await clientsLoader(args(getRequest("/developer", a.cookie)))).clients).toEqual([]);
    expect((await quotesLoader(args(getRequest("/developer/quotes", a.cookie)))).quotes).toEqual([]);
    expect((await prisma.quote.findUniqueOrThrow({ where: { id: quoteA } })).status).toBe("approved");
  });
});

describe("the company console", () => {
  test("a developer cannot open the console or act in it: 403", async () => {
    const loaders: ((a: ReturnType<typeof args>) => Promise<unknown>)[] = [
      consoleLoader,
      consoleDevelopersLoader,
      reportLoader,
    ];
    for (const loader of loaders) {
      expect(statusOf(await run(() => loader(args(getRequest("/developer/console", a.cookie)))))).toBe(403);
    }
    const invite = postRequest(
      "/developer/console",
      { intent: "rate", developerId: a.id, rate: "500" },
      { cookie: a.cookie, csrf: a.csrf },
    );
    expect(statusOf(await run(() => consoleDevelopersAction(args(invite))))).toBe(403);
    const approve = postRequest(
      "/developer/console/invoices",
      { intent: "approve", invoiceId: quoteA },
      { cookie: a.cookie, csrf: a.csrf },
    );
    expect(statusOf(await run(() => consoleInvoicesAction(args(approve))))).toBe(403);
    expect((await prisma.developer.findUniqueOrThrow({ where: { id: a.id } })).payoutRateCents).toBe(9_000);
  });

  test("without a session every portal page sends the visitor to the login page", async () => {
    const outcome = await run(() =>
      storeLoader(args(getRequest(`/developer/stores/${shopA}`), { shopId: shopA })),
    );
    expect(statusOf(outcome)).toBe(302);
    expect((outcome as Response).headers.get("Location")).toBe(
      `/developer/login?next=${encodeURIComponent(`/developer/stores/${shopA}`)}`,
    );
  });
});
