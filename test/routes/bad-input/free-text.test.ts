// Free text is not bad input: SQL and HTML typed into a title, a description, a note, a decline
// reason or a name are stored exactly as typed and shown as text (escaped, never run as markup or
// SQL) on every page that shows them, in the merchant app and the portal.
import { RequestType, setUpValidRequest } from "@shopify/shopify-api/test-helpers";
import { beforeAll, describe, expect, test } from "vitest";
import prisma from "~/db.server";
import * as app from "~/routes/app";
import * as merchantQuote from "~/routes/app.quotes.$quoteId";
import * as merchantQuotes from "~/routes/app.quotes._index";
import * as consoleLayout from "~/routes/developer.console";
import * as consoleDevelopers from "~/routes/developer.console._index";
import * as portal from "~/routes/developer";
import * as portalQuote from "~/routes/developer.quotes.$id";
import * as store from "~/routes/developer.stores.$shopId";
import { approveQuote } from "~/services/quotes/commands.server";
import { HTML, SQL } from "../../support/bad-input/kinds";
import { requestFor } from "../../support/bad-input/matrix";
import { serve } from "../../support/pages";
import { connect, getRequest, makeDeveloper, type TestDeveloper } from "../../support/portal";
import { callRoute } from "../../support/routes";
import { buyPack, installedShop } from "../../support/factories";

const PAYLOADS = { sql: SQL, html: HTML, both: `${HTML} ${SQL}` };

const merchantPages = serve([
  { id: "routes/app", path: "app", module: app },
  {
    id: "routes/app.quotes._index",
    parentId: "routes/app",
    path: "quotes",
    index: true,
    module: merchantQuotes,
  },
  {
    id: "routes/app.quotes.$quoteId",
    parentId: "routes/app",
    path: "quotes/:quoteId",
    module: merchantQuote,
  },
]);
const portalPages = serve([
  { id: "routes/developer", path: "developer", module: portal },
  {
    id: "routes/developer.quotes.$id",
    parentId: "routes/developer",
    path: "quotes/:id",
    module: portalQuote,
  },
  { id: "routes/developer.console", parentId: "routes/developer", path: "console", module: consoleLayout },
  {
    id: "routes/developer.console._index",
    parentId: "routes/developer.console",
    index: true,
    module: consoleDevelopers,
  },
]);

/** Text as React writes it into HTML. */
function escaped(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");
}

async function merchantPage(shop: string, path: string): Promise<string> {
  const request = await setUpValidRequest(
    {
      type: RequestType.Admin,
      store: shop.replace(/\.myshopify\.com$/, ""),
      apiKey: "testApiKey",
      apiSecretKey: "testApiSecretKey",
    },
    new Request(`https://my-test-app.myshopify.io${path}`),
  );
  const response = await merchantPages(request);
  expect(response.status).toBe(200);
  return response.text();
}

async function portalPage(cookie: string, path: string): Promise<string> {
  const response = await portalPages(getRequest(path, cookie));
  expect(response.status).toBe(200);
  return response.text();
}

/** The page shows `text` escaped, and nowhere as markup (in the HTML or in its hydration data). */
function expectShownAsText(html: string, text: string) {
  expect(html).toContain(escaped(text));
  expect(html).not.toContain("<script>alert");
  expect(html).not.toContain("<img src=x");
}

let shop: { id: string; domain: string };
let dev: TestDeveloper;
let admin: TestDeveloper;

beforeAll(async () => {
  shop = await installedShop();
  dev = await makeDeveloper();
  admin = await makeDeveloper({ role: "admin" });
  await connect(shop.id, dev.id);
  await buyPack(shop.id, "75h", new Date(), dev.id);
});

const asDeveloper = () => ({ as: "developer" as const, cookie: dev.cookie, csrf: dev.csrf });

/** Writes a quote through the portal's form; returns its id. */
async function quoteTyped(title: string, description: string): Promise<string> {
  const request = await requestFor(asDeveloper(), "POST", `/developer/stores/${shop.id}`, [
    ["title", title],
    ["description", description],
    ["estimateHours", "2"],
  ]);
  const answer = await callRoute(store.action, request, { shopId: shop.id });
  expect(answer.status).toBe(302);
  return answer.response!.headers.get("Location")!.split("/").pop()!;
}

describe.each(Object.entries(PAYLOADS))("%s typed as free text", (_name, payload) => {
  test("a quote's title and description are stored verbatim and shown as text to both sides", async () => {
    const quoteId = await quoteTyped(payload, `${payload}\nsecond line`);
    expect(await prisma.quote.findUniqueOrThrow({ where: { id: quoteId } })).toMatchObject({
      title: payload,
      description: `${payload}\nsecond line`,
    });
    expectShownAsText(await merchantPage(shop.domain, `/app/quotes/${quoteId}`), payload);
    expectShownAsText(await merchantPage(shop.domain, "/app/quotes"), payload);
    expectShownAsText(await portalPage(dev.cookie, `/developer/quotes/${quoteId}`), payload);
  });

  test("a decline reason is stored verbatim and shown as text to both sides", async () => {
    const quoteId = await quoteTyped("Plain title", "");
    const request = await requestFor(
      { as: "merchant", shop: shop.domain },
      "POST",
      `/app/quotes/${quoteId}`,
      [
        ["intent", "decline"],
        ["reason", payload],
      ],
    );
    expect((await callRoute(merchantQuote.action, request, { quoteId })).status).toBe(200);
    expect(await prisma.quote.findUniqueOrThrow({ where: { id: quoteId } })).toMatchObject({
      declineReason: payload,
    });
    expectShownAsText(await merchantPage(shop.domain, `/app/quotes/${quoteId}`), payload);
    expectShownAsText(await portalPage(dev.cookie, `/developer/quotes/${quoteId}`), payload);
  });

  test("a time entry's note is stored verbatim and shown as text to both sides", async () => {
    const quoteId = await quoteTyped("Plain title", "");
    expect((await approveQuote(shop.id, quoteId, new Date())).ok).toBe(true);
    const request = await requestFor(asDeveloper(), "POST", `/developer/quotes/${quoteId}`, [
      ["intent", "add-time"],
      ["workedOn", new Date().toISOString().slice(0, 10)],
      ["hours", "1"],
      ["note", payload],
    ]);
    expect((await callRoute(portalQuote.action, request, { id: quoteId })).status).toBe(200);
    expect(await prisma.timeEntry.findFirstOrThrow({ where: { quoteId } })).toMatchObject({ note: payload });
    expectShownAsText(await merchantPage(shop.domain, `/app/quotes/${quoteId}`), payload);
    expectShownAsText(await portalPage(dev.cookie, `/developer/quotes/${quoteId}`), payload);
  });

  test("a developer's name is stored verbatim and shown as text in the console and to the store", async () => {
    const email = `named-${crypto.randomUUID()}@example.com`;
    const invite = await requestFor(
      { as: "developer", cookie: admin.cookie, csrf: admin.csrf },
      "POST",
      "/developer/console",
      [
        ["intent", "invite"],
        ["email", email],
        ["name", payload],
      ],
    );
    expect((await callRoute(consoleDevelopers.action, invite)).status).toBe(200);
    const named = await prisma.developer.findUniqueOrThrow({ where: { email } });
    expect(named.name).toBe(payload);
    expectShownAsText(await portalPage(admin.cookie, "/developer/console"), payload);
    await connect(shop.id, named.id);
    const created = await prisma.quote.create({
      data: { shopId: shop.id, developerId: named.id, title: "From them", estimateMinutes: 60 },
    });
    expectShownAsText(await merchantPage(shop.domain, `/app/quotes/${created.id}`), payload);
  });
});
