// The bad-input matrix for the developer portal (developer.* routes outside the console): every
// action's fields, every route parameter. See test/support/bad-input/matrix.ts for what is checked.
import { beforeAll } from "vitest";
import prisma from "~/db.server";
import * as home from "~/routes/developer._index";
import * as invoiceCsv from "~/routes/developer.invoices.$id.csv";
import * as invoice from "~/routes/developer.invoices.$id";
import * as invoicePrint from "~/routes/developer_.invoices.$id.print";
import * as logout from "~/routes/developer.logout";
import * as quote from "~/routes/developer.quotes.$id";
import * as settings from "~/routes/developer.settings";
import * as settlements from "~/routes/developer.settlements";
import * as store from "~/routes/developer.stores.$shopId";
import { createInvoice } from "~/services/developers/invoices.server";
import { recordSettlementsOf } from "~/services/developers/settlements.server";
import { approveQuote, createQuote } from "~/services/quotes/commands.server";
import {
  calendarDate,
  hours,
  id,
  intent,
  oneOf,
  paragraph,
  requiredLine,
  rowParam,
  shopDomain,
  type Kind,
} from "../../support/bad-input/kinds";
import { badInputMatrix, type Entry } from "../../support/bad-input/matrix";
import { connect, makeDeveloper, type TestDeveloper } from "../../support/portal";
import { buyPack, createShop } from "../../support/factories";

interface World {
  dev: TestDeveloper;
  shopId: string;
  /** Another developer's rows, in a store this developer is not connected to. */
  other: { shopId: string; quoteId: string; invoiceId: string };
  invoiceId: string;
}

let world: World;
const today = new Date().toISOString().slice(0, 10);

async function quoteFor(shopId: string, developerId: string, status: "pending" | "approved") {
  const created = await createQuote(
    { shopId, developerId, title: "Fix the checkout", estimate: { minutes: 120 } },
    new Date(),
  );
  if (!created.ok) throw new Error(created.message);
  if (status === "approved") {
    const approved = await approveQuote(shopId, created.quote.id, new Date());
    if (!approved.ok) throw new Error(approved.message);
  }
  return created.quote.id;
}

/** A settlement of this developer's not yet invoiced: a pack paid before May 2024 settles at expiry. */
async function settlementOf(developerId: string): Promise<string> {
  const shop = await createShop();
  await connect(shop.id, developerId);
  const packId = await buyPack(shop.id, "10h", new Date("2024-03-01T12:00:00Z"), developerId);
  await recordSettlementsOf(developerId, [packId], new Date());
  const row = await prisma.settlement.findFirstOrThrow({ where: { packId } });
  return row.id;
}

async function invoiceOf(developerId: string): Promise<string> {
  const created = await createInvoice(developerId, [await settlementOf(developerId)], new Date());
  if (!created.ok) throw new Error(created.message);
  return created.invoiceId;
}

beforeAll(async () => {
  const dev = await makeDeveloper({ payoutRateCents: 8_500 });
  const shop = await createShop();
  await connect(shop.id, dev.id);
  // Every valid request approves a fresh 2 h quote: enough hours for all of them.
  for (let i = 0; i < 3; i++) await buyPack(shop.id, "75h", new Date(), dev.id);
  const otherDev = await makeDeveloper({ payoutRateCents: 8_500 });
  const otherShop = await createShop();
  await connect(otherShop.id, otherDev.id);
  await buyPack(otherShop.id, "25h", new Date(), otherDev.id);
  world = {
    dev,
    shopId: shop.id,
    invoiceId: await invoiceOf(dev.id),
    other: {
      shopId: otherShop.id,
      quoteId: await quoteFor(otherShop.id, otherDev.id, "pending"),
      invoiceId: await invoiceOf(otherDev.id),
    },
  };
});

const developer = (w: World) => ({ as: "developer" as const, cookie: w.dev.cookie, csrf: w.dev.csrf });
const quoteParam = () => rowParam({ label: "another developer's quote", sent: () => world.other.quoteId });
const invoiceParam = () =>
  rowParam({ label: "another developer's invoice", sent: () => world.other.invoiceId });

/** The settlements form's checkboxes: one id per chosen settlement, so sending it twice is fine. */
const settlementIds: Kind = {
  name: "ids of settled packs",
  bad: id().bad.filter((p) => p.label !== "sent twice"),
  good: [],
};

const quoteForm = {
  title: requiredLine(200),
  description: paragraph(5000),
  estimateHours: hours(1000),
};

const entries: Entry<World>[] = [
  {
    name: "developer.stores.$shopId (new quote)",
    method: "POST",
    handler: store.action,
    path: (p) => `/developer/stores/${p.shopId}`,
    valid: (w) => ({
      auth: developer(w),
      params: { shopId: w.shopId },
      fields: { title: "New banner", description: "Hero image", estimateHours: "1.25" },
    }),
    fields: quoteForm,
    params: { shopId: rowParam({ label: "a store not connected to them", sent: () => world.other.shopId }) },
  },
  {
    name: "developer.stores.$shopId (page)",
    method: "GET",
    handler: store.loader,
    path: (p) => `/developer/stores/${p.shopId}`,
    valid: (w) => ({ auth: developer(w), params: { shopId: w.shopId } }),
    params: { shopId: rowParam({ label: "a store not connected to them", sent: () => world.other.shopId }) },
  },
  {
    name: "developer.quotes.$id (edit)",
    method: "POST",
    handler: quote.action,
    path: (p) => `/developer/quotes/${p.id}`,
    valid: async (w) => ({
      auth: developer(w),
      params: { id: await quoteFor(w.shopId, w.dev.id, "pending") },
      fields: { intent: "edit", title: "Renamed", description: "More", estimateHours: "3" },
    }),
    fields: { intent: intent(["edit", "withdraw"]), ...quoteForm },
    params: { id: quoteParam() },
  },
  {
    name: "developer.quotes.$id (withdraw)",
    method: "POST",
    handler: quote.action,
    path: (p) => `/developer/quotes/${p.id}`,
    valid: async (w) => ({
      auth: developer(w),
      params: { id: await quoteFor(w.shopId, w.dev.id, "approved") },
      fields: { intent: "withdraw" },
    }),
    fields: { intent: intent(["withdraw", "complete"]) },
    params: { id: quoteParam() },
  },
  {
    name: "developer.quotes.$id (complete)",
    method: "POST",
    handler: quote.action,
    path: (p) => `/developer/quotes/${p.id}`,
    valid: async (w) => ({
      auth: developer(w),
      params: { id: await quoteFor(w.shopId, w.dev.id, "approved") },
      fields: { intent: "complete", actualHours: "1.5" },
    }),
    fields: { intent: intent(["complete", "withdraw"]), actualHours: hours(1000), note: paragraph(1000) },
    params: { id: quoteParam() },
  },
  {
    name: "developer.quotes.$id (add time)",
    method: "POST",
    handler: quote.action,
    path: (p) => `/developer/quotes/${p.id}`,
    valid: async (w) => ({
      auth: developer(w),
      params: { id: await quoteFor(w.shopId, w.dev.id, "approved") },
      fields: { intent: "add-time", workedOn: today, hours: "1.5", note: "Theme fix" },
    }),
    fields: {
      intent: intent(["add-time", "withdraw"]),
      workedOn: calendarDate(today),
      hours: hours(24),
      note: paragraph(1000),
    },
    params: { id: quoteParam() },
  },
  {
    name: "developer.quotes.$id (update time)",
    method: "POST",
    handler: quote.action,
    path: (p) => `/developer/quotes/${p.id}`,
    valid: async (w) => {
      const quoteId = await quoteFor(w.shopId, w.dev.id, "approved");
      const entry = await prisma.timeEntry.create({
        data: { shopId: w.shopId, quoteId, developerId: w.dev.id, workedOn: today, minutes: 30 },
      });
      return {
        auth: developer(w),
        params: { id: quoteId },
        fields: { intent: "update-time", entryId: entry.id, workedOn: today, hours: "2", note: "" },
      };
    },
    fields: {
      intent: intent(["update-time", "withdraw"]),
      entryId: id(),
      workedOn: calendarDate(today),
      hours: hours(24),
      note: paragraph(1000),
    },
    params: { id: quoteParam() },
  },
  {
    name: "developer.quotes.$id (delete time)",
    method: "POST",
    handler: quote.action,
    path: (p) => `/developer/quotes/${p.id}`,
    valid: async (w) => {
      const quoteId = await quoteFor(w.shopId, w.dev.id, "approved");
      const entry = await prisma.timeEntry.create({
        data: { shopId: w.shopId, quoteId, developerId: w.dev.id, workedOn: today, minutes: 30 },
      });
      return {
        auth: developer(w),
        params: { id: quoteId },
        fields: { intent: "delete-time", entryId: entry.id },
      };
    },
    fields: { intent: intent(["delete-time", "withdraw"]), entryId: id() },
    params: { id: quoteParam() },
  },
  {
    name: "developer.quotes.$id (page)",
    method: "GET",
    handler: quote.loader,
    path: (p) => `/developer/quotes/${p.id}`,
    valid: async (w) => ({
      auth: developer(w),
      params: { id: await quoteFor(w.shopId, w.dev.id, "pending") },
    }),
    params: { id: quoteParam() },
  },
  {
    name: "developer._index (offer link)",
    method: "POST",
    handler: home.action,
    path: () => "/developer",
    valid: (w) => ({
      auth: developer(w),
      fields: { intent: "offer", shopDomain: "new-store.myshopify.com", tier: "10h" },
    }),
    fields: {
      intent: intent(["offer", "read-notifications"]),
      shopDomain: shopDomain(),
      tier: oneOf(["10h", "25h", "50h", "75h"]),
    },
  },
  ...(["accept-request", "decline-request"] as const).map((answer): Entry<World> => ({
    name: `developer._index (${answer})`,
    method: "POST",
    handler: home.action,
    path: () => "/developer",
    valid: async (w) => {
      const shop = await createShop();
      const request = await prisma.connectionRequest.create({
        data: { shopId: shop.id, email: w.dev.email, createdAt: new Date() },
      });
      return { auth: developer(w), fields: { intent: answer, shopId: shop.id, requestId: request.id } };
    },
    fields: { intent: intent([answer, "read-notifications"]), shopId: id(), requestId: id() },
  })),
  {
    name: "developer._index (read notifications)",
    method: "POST",
    handler: home.action,
    path: () => "/developer",
    valid: (w) => ({ auth: developer(w), fields: { intent: "read-notifications" } }),
    fields: { intent: intent(["read-notifications", "offer"]) },
  },
  {
    // Its only field is the CSRF token; a fresh developer logs out each time.
    name: "developer.logout",
    method: "POST",
    handler: logout.action,
    path: () => "/developer/logout",
    valid: async () => {
      const leaving = await makeDeveloper();
      return { auth: { as: "developer", cookie: leaving.cookie, csrf: leaving.csrf } };
    },
  },
  {
    // Checkboxes: one "on" per kind left on, so it may repeat; none sent turns every kind off.
    name: "developer.settings (email preferences)",
    method: "POST",
    handler: settings.action,
    path: () => "/developer/settings",
    valid: (w) => ({ auth: developer(w), fields: { on: ["quote_approved", "client_reminder"] } }),
    fields: {
      on: {
        ...oneOf(["quote_approved", "client_reminder"], { optional: true }),
        bad: oneOf(["quote_approved", "client_reminder"]).bad.filter(
          (p) => p.label !== "missing" && p.label !== "sent twice",
        ),
      },
    },
  },
  {
    name: "developer.settlements (invoice)",
    method: "POST",
    handler: settlements.action,
    path: () => "/developer/settlements",
    valid: async (w) => ({ auth: developer(w), fields: { settlementId: await settlementOf(w.dev.id) } }),
    fields: { settlementId: settlementIds },
  },
  ...[
    { name: "developer.invoices.$id", handler: invoice.loader, suffix: "" },
    { name: "developer.invoices.$id.csv", handler: invoiceCsv.loader, suffix: "/csv" },
    { name: "developer_.invoices.$id.print", handler: invoicePrint.loader, suffix: "/print" },
  ].map(({ name, handler, suffix }): Entry<World> => ({
    name,
    method: "GET",
    handler,
    path: (p) => `/developer/invoices/${p.id}${suffix}`,
    valid: (w) => ({ auth: developer(w), params: { id: w.invoiceId } }),
    params: { id: invoiceParam() },
  })),
];

badInputMatrix(() => world, entries);
