// The bad-input matrix for authentication: the embedded app's Shopify parameters (/app, /auth/*),
// the Shopify login form, and the portal's anonymous forms (login, password links). See
// test/support/bad-input/matrix.ts for what is checked.
import { beforeAll } from "vitest";
import * as appLayout from "~/routes/app";
import * as auth from "~/routes/auth.$";
import * as shopifyLogin from "~/routes/auth.login/route";
import * as portalLogin from "~/routes/developer.login";
import * as password from "~/routes/developer.password.$token";
import * as unsubscribePage from "~/routes/email.unsubscribe.$token";
import { unsubscribeToken } from "~/services/email/unsubscribe.server";
import { inviteDeveloper } from "~/services/developers/accounts.server";
import {
  confirmation,
  everyField,
  HTML,
  MISSING,
  newPassword,
  oneOf,
  optionalLine,
  probe,
  SQL,
  tokenParam,
  tooLong,
  untrustedText,
  type Kind,
} from "../../support/bad-input/kinds";
import { badInputMatrix, type Entry } from "../../support/bad-input/matrix";
import { makeDeveloper, PASSWORD, uniqueEmail, type TestDeveloper } from "../../support/portal";
import { installedShop } from "../../support/factories";

interface World {
  shop: { id: string; domain: string };
  developer: TestDeveloper;
}

let world: World;

beforeAll(async () => {
  world = { shop: await installedShop(), developer: await makeDeveloper() };
});

/** The `host` Shopify sends for the world's store: base64 of its admin URL's host and path. */
const shopifyHost = (w: World) =>
  btoa(`admin.shopify.com/store/${w.shop.domain.replace(/\.myshopify\.com$/, "")}`);

/** Shopify's `host`: base64 of the store's admin host. Anything else did not come from Shopify. */
const host: Kind = {
  name: "Shopify's host parameter",
  bad: [
    probe("empty", ""),
    probe("not base64", "x"),
    probe("not base64 at all", "not base64!"),
    probe("base64 of another host", btoa("evil.example.com")),
    probe("base64 of a suffix trick", btoa("admin.shopify.com.evil.example/store/x")),
    probe("a NUL byte", `${btoa("admin.shopify.com/store/x")}\u0000`),
    probe("an SQL payload", SQL),
    probe("an HTML payload", HTML),
    probe("1 MB", "A".repeat(1024 * 1024)),
  ],
  good: [],
};

/** Shopify's `shop`: a *.myshopify.com domain. */
const shop: Kind = {
  name: "Shopify's shop parameter",
  bad: [
    probe("empty", ""),
    probe("another domain", "evil.example.com"),
    probe("a suffix trick", "x.myshopify.com.evil.example"),
    probe("a path", "../x.myshopify.com"),
    probe("a NUL byte", "x.myshopify.com\u0000"),
    probe("an SQL payload", `x'; ${SQL}.myshopify.com`),
    probe("an HTML payload", `${HTML}.myshopify.com`),
    probe("1 MB", `${"a".repeat(1024 * 1024)}.myshopify.com`),
  ],
  good: [],
};

/** Where the exit-iframe page sends the top window: the app itself or Shopify admin only. */
const exitIframe: Kind = {
  name: "an exit-iframe destination",
  bad: [
    probe("missing", MISSING),
    probe("empty", ""),
    probe("another site", "https://evil.example/phish"),
    probe("a protocol-relative URL", "//evil.example"),
    probe("javascript", "javascript:alert(1)"),
    probe("a storefront", "https://x.myshopify.com/"),
    probe("a NUL byte", "/app\u0000"),
    probe("1 MB", `/${"a".repeat(1024 * 1024)}`),
  ],
  good: [() => "/app", () => "https://admin.shopify.com/store/x/apps/y"],
};

/** What the Shopify login form takes: a shop domain (or its name). */
const loginShop: Kind = {
  name: "a shop domain",
  bad: [
    probe("missing", MISSING),
    probe("empty", ""),
    ...everyField("valid-shop.myshopify.com", "other-shop.myshopify.com").filter(
      (p) => p.label !== "sent twice",
    ),
    probe("another domain", "evil.example.com"),
    probe("a suffix trick", "x.myshopify.com.evil.example"),
    probe("an SQL payload", `x'; ${SQL}`),
    probe("an HTML payload", HTML),
    ...tooLong(255).slice(1),
  ],
  good: [() => "other-shop.myshopify.com", () => "other-shop"],
};

/** Where to go after the portal login: any line; a path outside the portal is replaced. */
const next: Kind = optionalLine(2000);

const signedIn = (w: World) => ({ as: "merchant" as const, shop: w.shop.domain });
const anybody = { as: "anonymous" as const };

async function passwordLink() {
  const invited = await inviteDeveloper({ email: uniqueEmail("invitee") }, new Date());
  if (!invited.ok) throw new Error(invited.message);
  return invited.link.split("/").pop()!;
}

const entries: Entry<World>[] = [
  {
    name: "app (the embedded app's document load)",
    method: "GET",
    handler: appLayout.loader,
    path: () => "/app",
    valid: (w) => ({ auth: signedIn(w) }),
    fields: { host, shop },
  },
  {
    name: "auth.$ (/auth/exit-iframe)",
    method: "GET",
    handler: auth.loader,
    path: () => "/auth/exit-iframe",
    valid: (w) => ({
      auth: anybody,
      fields: { shop: w.shop.domain, host: shopifyHost(w), exitIframe: "/app" },
    }),
    fields: { host, shop, exitIframe },
  },
  {
    name: "auth.$ (/auth/session-token)",
    method: "GET",
    handler: auth.loader,
    path: () => "/auth/session-token",
    valid: (w) => ({
      auth: anybody,
      fields: { shop: w.shop.domain, host: shopifyHost(w), "shopify-reload": "/app" },
    }),
    fields: { host, shop },
  },
  {
    name: "auth.login (the Shopify login form)",
    method: "POST",
    handler: shopifyLogin.action,
    path: () => "/auth/login",
    valid: () => ({ auth: anybody, fields: { shop: "valid-shop.myshopify.com" } }),
    fields: { shop: loginShop },
  },
  {
    name: "auth.login (page)",
    method: "GET",
    handler: shopifyLogin.loader,
    path: () => "/auth/login",
    valid: () => ({ auth: anybody, fields: { shop: "valid-shop.myshopify.com" } }),
    fields: { shop: { ...loginShop, bad: loginShop.bad.filter((p) => p.sent !== MISSING) } },
  },
  {
    name: "developer.login (log in)",
    method: "POST",
    handler: portalLogin.action,
    path: () => "/developer/login",
    valid: (w) => ({
      auth: anybody,
      fields: { email: w.developer.email, password: PASSWORD, next: "/developer/quotes" },
    }),
    fields: {
      email: untrustedText("dev@example.com"),
      password: untrustedText("a password"),
      next,
    },
  },
  {
    name: "developer.login (page)",
    method: "GET",
    handler: portalLogin.loader,
    path: () => "/developer/login",
    valid: () => ({ auth: anybody, fields: { next: "/developer/quotes", reason: "ended" } }),
    fields: { next, reason: oneOf(["ended"], { optional: true }) },
  },
  {
    name: "developer.password.$token (set a password)",
    method: "POST",
    handler: password.action,
    path: (p) => `/developer/password/${p.token}`,
    valid: async () => ({
      auth: anybody,
      params: { token: await passwordLink() },
      fields: { password: "correct horse battery", confirmation: "correct horse battery" },
    }),
    fields: { password: newPassword(), confirmation: confirmation() },
    params: { token: tokenParam() },
  },
  {
    name: "developer.password.$token (page)",
    method: "GET",
    handler: password.loader,
    path: (p) => `/developer/password/${p.token}`,
    valid: async () => ({ auth: anybody, params: { token: await passwordLink() } }),
    params: { token: tokenParam() },
  },
  ...[
    { name: "email.unsubscribe.$token (page)", method: "GET" as const, handler: unsubscribePage.loader },
    {
      name: "email.unsubscribe.$token (one click)",
      method: "POST" as const,
      handler: unsubscribePage.action,
    },
  ].map(({ name, method, handler }): Entry<World> => ({
    name,
    method,
    handler,
    path: (p) => `/email/unsubscribe/${p.token}`,
    valid: async () => {
      const developer = await makeDeveloper();
      return {
        auth: anybody,
        params: { token: unsubscribeToken({ type: "developer", id: developer.id }, "quote_approved") },
      };
    },
    params: { token: tokenParam() },
  })),
];

badInputMatrix(() => world, entries);
