// The Admin API operations the app sends (app/services/billing/admin-purchases.server.ts,
// app/services/shops.server.ts) and the token exchange of an install, answered in-process with
// msw: the Shopify library forces https://{shop}/admin/..., which no local server can be.
import { graphql, http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import type { PreviewConfig } from "./config";
import { createPurchase, findPurchaseByGid, purchaseNode, shopGid, shopSettings } from "./shopify-state";

const adminApi = graphql.link(/^https:\/\/[^/]+\.myshopify\.com\/admin\/api\/[^/]+\/graphql\.json$/);
const shopOf = (request: Request) => new URL(request.url).host;
const isShopify = (url: URL) => /(^|\.)(myshopify\.com|shopify\.com)$/.test(url.hostname);

function authorized(request: Request): boolean {
  return Boolean(request.headers.get("X-Shopify-Access-Token"));
}

type GraphQLBody = { data?: Record<string, unknown> | null; errors?: { message: string }[] };
const reply = (body: GraphQLBody, status = 200) => HttpResponse.json<GraphQLBody>(body, { status });
const unauthorized = () =>
  reply({ errors: [{ message: "[API] Invalid API key or access token (unrecognized login)" }] }, 401);

// Shopify's Decimal as the Admin API writes it: "950.0", "213.75".
const decimal = (amount: number) => (Number.isInteger(amount) ? amount.toFixed(1) : String(amount));

function handlers(config: PreviewConfig) {
  return [
    http.post("https://:shop/admin/oauth/access_token", async ({ request }) => {
      const body = (await request.json()) as { client_id?: string; client_secret?: string };
      if (body.client_id !== config.apiKey || body.client_secret !== config.apiSecret)
        return HttpResponse.json({ error: "invalid_client" }, { status: 401 });
      const shop = shopOf(request);
      return HttpResponse.json({
        access_token: `shpat_preview_${shop.replace(/\W/g, "_")}_${Date.now()}`,
        scope: process.env.SCOPES ?? "",
        expires_in: 365 * 86_400,
        refresh_token: `shprt_preview_${Date.now()}`,
        refresh_token_expires_in: 730 * 86_400,
      });
    }),
    adminApi.query("ShopDetails", ({ request }) => {
      if (!authorized(request)) return unauthorized();
      const shop = shopOf(request);
      const { timezone, email } = shopSettings(shop);
      return reply({
        data: { shop: { id: shopGid(shop), ianaTimezone: timezone, email, contactEmail: email } },
      });
    }),
    adminApi.mutation("AppPurchaseOneTimeCreate", ({ request, variables }) => {
      if (!authorized(request)) return unauthorized();
      const price = variables.price as { amount: number | string; currencyCode: string };
      const purchase = createPurchase({
        shop: shopOf(request),
        name: String(variables.name),
        amount: decimal(Number(price.amount)),
        currencyCode: price.currencyCode,
        test: variables.test !== false,
        returnUrl: String(variables.returnUrl),
      });
      const store = purchase.shop.replace(/\.myshopify\.com$/, "");
      return reply({
        data: {
          appPurchaseOneTimeCreate: {
            appPurchaseOneTime: purchaseNode(purchase),
            confirmationUrl: `${config.shopifyUrl}/store/${store}/charges/${purchase.id}/confirm`,
            userErrors: [],
          },
        },
      });
    }),
    adminApi.query("AppPurchaseOneTime", ({ request, variables }) => {
      if (!authorized(request)) return unauthorized();
      const purchase = findPurchaseByGid(String(variables.id));
      const node = purchase && purchase.shop === shopOf(request) ? purchaseNode(purchase) : null;
      return reply({ data: { node } });
    }),
    // Shopify Flow accepts the trigger; with no workflow built in the preview, nothing follows.
    adminApi.mutation("FlowTriggerReceive", ({ request }) => {
      if (!authorized(request)) return unauthorized();
      return reply({ data: { flowTriggerReceive: { userErrors: [] } } });
    }),
    adminApi.operation(({ operationName }) => {
      console.warn(`[preview] The emulated Admin API does not answer ${operationName}.`);
      return reply({
        errors: [{ message: `The preview does not emulate the ${operationName} operation.` }],
      });
    }),
  ];
}

/**
 * Starts answering Shopify's APIs in this process. Must run before the app's build is imported:
 * the Shopify library captures fetch when it loads. Anything else (localhost) goes through.
 */
export function startAdminApi(config: PreviewConfig) {
  const server = setupServer(...handlers(config));
  server.listen({
    onUnhandledRequest: (request, print) => {
      if (isShopify(new URL(request.url))) print.error();
    },
  });
  return server;
}
