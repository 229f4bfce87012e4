// Every form shows a refused field's error next to the field (Polaris' inline error, the input
// marked invalid), and the page's banner only for failures that name no field on the page. Pages
// are served in-process through Remix's request handler after a form post, as a browser without
// JavaScript gets them.
import { RequestType, setUpValidRequest } from "@shopify/shopify-api/test-helpers";
import { beforeAll, describe, expect, test } from "vitest";
import * as app from "~/routes/app";
import * as merchantQuote from "~/routes/app.quotes.$quoteId";
import * as settings from "~/routes/app.settings";
import * as shopifyLogin from "~/routes/auth.login/route";
import * as portal from "~/routes/developer";
import * as home from "~/routes/developer._index";
import * as consoleLayout from "~/routes/developer.console";
import * as consoleDevelopers from "~/routes/developer.console._index";
import * as login from "~/routes/developer.login";
import * as password from "~/routes/developer.password.$token";
import * as quote from "~/routes/developer.quotes.$id";
import * as store from "~/routes/developer.stores.$shopId";
import { FORM_COOKIE } from "~/portal/cookies.server";
import { inviteDeveloper } from "~/services/developers/accounts.server";
import { approveQuote, createQuote } from "~/services/quotes/commands.server";
import { serve } from "../support/pages";
import { connect, makeDeveloper, uniqueEmail, type TestDeveloper } from "../support/portal";
import { buyPack, installedShop } from "../support/factories";

const pages = serve([
  { id: "routes/app", path: "app", module: app },
  { id: "routes/app.settings", parentId: "routes/app", path: "settings", module: settings },
  {
    id: "routes/app.quotes.$quoteId",
    parentId: "routes/app",
    path: "quotes/:quoteId",
    module: merchantQuote,
  },
  { id: "routes/auth.login", path: "auth/login", module: shopifyLogin },
  { id: "routes/developer", path: "developer", module: portal },
  { id: "routes/developer._index", parentId: "routes/developer", index: true, module: home },
  { id: "routes/developer.login", parentId: "routes/developer", path: "login", module: login },
  {
    id: "routes/developer.password.$token",
    parentId: "routes/developer",
    path: "password/:token",
    module: password,
  },
  { id: "routes/developer.quotes.$id", parentId: "routes/developer", path: "quotes/:id", module: quote },
  {
    id: "routes/developer.stores.$shopId",
    parentId: "routes/developer",
    path: "stores/:shopId",
    module: store,
  },
  { id: "routes/developer.console", parentId: "routes/developer", path: "console", module: consoleLayout },
  {
    id: "routes/developer.console._index",
    parentId: "routes/developer.console",
    index: true,
    module: consoleDevelopers,
  },
]);

const BASE = "https://my-test-app.myshopify.io";

/** The page a form post answers with, as HTML. */
async function posted(request: Request, status = 400): Promise<string> {
  const response = await pages(request);
  expect(response.status).toBe(status);
  return response.text();
}

function portalPost(path: string, fields: Record<string, string>, who?: TestDeveloper): Request {
  const body = new URLSearchParams({ ...fields, _csrf: who?.csrf ?? "anonymous-form-token" });
  const cookie = who ? who.cookie : `${FORM_COOKIE}=anonymous-form-token`;
  return new Request(`${BASE}${path}`, {
    method: "POST",
    body,
    headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
  });
}

async function merchantPost(shop: string, path: string, fields: Record<string, string>): Promise<Request> {
  return setUpValidRequest(
    {
      type: RequestType.Bearer,
      store: shop.replace(/\.myshopify\.com$/, ""),
      apiKey: "testApiKey",
      apiSecretKey: "testApiSecretKey",
    },
    new Request(`${BASE}${path}`, { method: "POST", body: new URLSearchParams(fields) }),
  );
}

/** The error shown under the field named `name`, or null when it shows none. */
function errorUnder(html: string, name: string): string | null {
  // Hidden inputs may share the name (other forms on the page): the field is the one marked invalid.
  const tags = html.match(new RegExp(`<(?:input|textarea|select)\\b[^>]*\\bname="${name}"[^>]*>`, "g")) ?? [];
  const tag = tags.find((t) => t.includes('aria-invalid="true"'));
  const id = tag && /\bid="([^"]+)"/.exec(tag)?.[1];
  if (!id) return null;
  const at = html.indexOf(`id="${id}Error"`);
  if (at === -1) return null;
  const text = /<span[^>]*>([^<]+)<\/span>/.exec(html.slice(at))?.[1];
  return text === undefined
    ? null
    : text
        .replace(/&#x27;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, "&");
}

let shop: { id: string; domain: string };
let dev: TestDeveloper;
let admin: TestDeveloper;

beforeAll(async () => {
  shop = await installedShop();
  dev = await makeDeveloper();
  admin = await makeDeveloper({ role: "admin" });
  await connect(shop.id, dev.id);
  await buyPack(shop.id, "25h", new Date(), dev.id);
});

async function quoteOf(status: "pending" | "approved") {
  const created = await createQuote(
    { shopId: shop.id, developerId: dev.id, title: "Fix the theme", estimate: { minutes: 60 } },
    new Date(),
  );
  if (!created.ok) throw new Error(created.message);
  if (status === "approved") await approveQuote(shop.id, created.quote.id, new Date());
  return created.quote.id;
}

describe("the developer portal", () => {
  test("a new quote's refused title and estimate show under those fields, without the banner", async () => {
    const html = await posted(
      portalPost(`/developer/stores/${shop.id}`, { title: "", estimateHours: "1.33" }, dev),
    );
    expect(errorUnder(html, "title")).toBe("title must be 1 to 200 characters.");
    expect(errorUnder(html, "estimateHours")).toContain("not a whole number of minutes");
    expect(errorUnder(html, "description")).toBeNull();
    expect(html).not.toContain("Nothing was changed");
  });

  test("time logged in hex shows its error under the hours of the new entry", async () => {
    const quoteId = await quoteOf("approved");
    const html = await posted(
      portalPost(
        `/developer/quotes/${quoteId}`,
        { intent: "add-time", workedOn: "2024-06-01", hours: "0x10", note: "" },
        dev,
      ),
    );
    expect(errorUnder(html, "hours")).toContain("is not a positive number of hours");
    expect(html).not.toContain("Nothing was changed");
  });

  test("a completion in exponent notation shows its error under the actual hours", async () => {
    const quoteId = await quoteOf("approved");
    const html = await posted(
      portalPost(`/developer/quotes/${quoteId}`, { intent: "complete", actualHours: "1e1" }, dev),
    );
    expect(errorUnder(html, "actualHours")).toContain("is not a positive number of hours");
  });

  test("an offer for a domain that is not a shop's shows under the store domain", async () => {
    const html = await posted(
      portalPost("/developer?index", { intent: "offer", shopDomain: "evil.example.com", tier: "10h" }, dev),
    );
    expect(errorUnder(html, "shopDomain")).toContain("myshopify.com domain");
    expect(html).not.toContain("Nothing was changed");
  });

  test("a login email with a control character shows under the email", async () => {
    const html = await posted(
      portalPost("/developer/login", { email: "dev\u0001@example.com", password: "x", next: "/developer" }),
    );
    expect(errorUnder(html, "email")).toBe(
      "email contains a control character; remove it and send plain text.",
    );
    expect(errorUnder(html, "password")).toBeNull();
  });

  test("a short password and a different confirmation show under each field", async () => {
    const invited = await inviteDeveloper({ email: uniqueEmail() }, new Date());
    if (!invited.ok) throw new Error(invited.message);
    const path = new URL(invited.link).pathname;
    const short = await posted(portalPost(path, { password: "short", confirmation: "short" }));
    expect(errorUnder(short, "password")).toContain("Use at least 12 characters");
    const differ = await posted(
      portalPost(path, { password: "correct horse battery", confirmation: "other" }),
    );
    expect(errorUnder(differ, "confirmation")).toContain("The two passwords differ");
    expect(errorUnder(differ, "password")).toBeNull();
  });

  test("the console shows a bad invite email under it, and a stale row's failure in the banner", async () => {
    const html = await posted(
      portalPost(
        "/developer/console?index",
        { intent: "invite", email: "not-an-address", name: "Ada" },
        admin,
      ),
    );
    expect(errorUnder(html, "email")).toBe("email must be an email address, like dev@example.com.");
    expect(html).not.toContain("Nothing was changed");
    const stale = await posted(
      portalPost("/developer/console?index", { intent: "reset", developerId: crypto.randomUUID() }, admin),
      404,
    );
    expect(stale).toContain("Nothing was changed");
    expect(stale).toContain("This developer does not exist or is not yours.");
  });
});

describe("the merchant app", () => {
  test("a developer's email and the reminder address show their errors under them", async () => {
    const connectHtml = await posted(
      await merchantPost(shop.domain, "/app/settings", { intent: "connect", email: "not-an-address" }),
    );
    expect(errorUnder(connectHtml, "email")).toContain("Enter the developer's email address");
    const reminders = await posted(
      await merchantPost(shop.domain, "/app/settings", {
        intent: "reminders",
        remindBeforeExpiry: "true",
        remindDuringWindow: "true",
        reminderEmail: "not-an-address",
      }),
    );
    expect(errorUnder(reminders, "reminderEmail")).toContain("Enter an email address like owner@example.com");
    expect(errorUnder(reminders, "email")).toBeNull();
  });

  test("revoking a developer who is not connected says so in the page's banner", async () => {
    const html = await posted(
      await merchantPost(shop.domain, "/app/settings", {
        intent: "revoke",
        developerId: crypto.randomUUID(),
      }),
      404,
    );
    expect(html).toContain("That developer is not connected to your store. Reload the page.");
    expect(html).toContain("Polaris-Banner");
  });

  test("a decline reason with a NUL byte reopens the decline form with the error under the reason", async () => {
    const quoteId = await quoteOf("pending");
    const html = await posted(
      await merchantPost(shop.domain, `/app/quotes/${quoteId}`, { intent: "decline", reason: "no\u0000" }),
    );
    expect(errorUnder(html, "reason")).toBe(
      "reason contains a control character; remove it and send plain text.",
    );
  });

  test("Shopify's login form shows a domain that is not a shop's under the shop field", async () => {
    const request = new Request(`${BASE}/auth/login`, {
      method: "POST",
      body: new URLSearchParams({ shop: "evil.example.com" }),
    });
    expect(errorUnder(await posted(request), "shop")).toBe("Please enter a valid shop domain to log in");
  });
});
