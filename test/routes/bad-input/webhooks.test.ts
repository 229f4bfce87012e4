// The bad-input matrix for the webhooks (webhooks.* routes): deliveries that are not what Shopify
// sends (a body that is not JSON, a shop header that is not a *.myshopify.com domain, a bad or
// missing signature) answer 4xx and change nothing; a well-formed delivery is accepted. One entry
// per route: its path, its topic and a valid payload for a shop (the ones that uninstall or redact
// the shop come last: their valid delivery changes it).
import { API_SECRET_KEY, getHmac } from "@shopify/shopify-api/test-helpers";
import { beforeAll, describe, expect, test } from "vitest";
import * as purchases from "~/routes/webhooks.app_purchases_one_time.update";
import * as scopes from "~/routes/webhooks.app.scopes_update";
import * as uninstalled from "~/routes/webhooks.app.uninstalled";
import * as compliance from "~/routes/webhooks.compliance";
import { fingerprint } from "../../support/bad-input/fingerprint";
import { callRoute } from "../../support/routes";
import { buyPack, installedShop } from "../../support/factories";

interface WebhookEntry {
  name: string;
  path: string;
  topic: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  handler: (args: any) => Promise<any>;
  payload: (shop: string) => unknown;
}

const entries: WebhookEntry[] = [
  {
    name: "webhooks.app.scopes_update",
    path: "/webhooks/app/scopes_update",
    topic: "app/scopes_update",
    handler: scopes.action,
    payload: () => ({ id: 1, previous: [], current: ["read_products"] }),
  },
  {
    name: "webhooks.app_purchases_one_time.update",
    path: "/webhooks/app_purchases_one_time/update",
    topic: "app_purchases_one_time/update",
    handler: purchases.action,
    payload: (shop) => ({
      app_purchase_one_time: {
        admin_graphql_api_id: "gid://shopify/AppPurchaseOneTime/404",
        name: "25 hour pack",
        status: "ACTIVE",
        admin_graphql_api_shop_id: "gid://shopify/Shop/1",
        created_at: "2026-03-01T10:00:00Z",
        updated_at: "2026-03-01T10:00:00Z",
        shop_domain: shop,
      },
    }),
  },
  {
    name: "webhooks.app.uninstalled",
    path: "/webhooks/app/uninstalled",
    topic: "app/uninstalled",
    handler: uninstalled.action,
    payload: (shop) => ({ id: 1, name: "Shop", domain: shop, myshopify_domain: shop }),
  },
  {
    name: "webhooks.compliance (shop/redact)",
    path: "/webhooks/compliance",
    topic: "shop/redact",
    handler: compliance.action,
    payload: (shop) => ({ shop_id: 1, shop_domain: shop }),
  },
];

/** What a delivery carries, with one part replaced by a bad value. */
interface Delivery {
  body: string;
  shopHeader: string;
  hmac: string | null;
}

interface WebhookProbe {
  label: string;
  /** The part the answer must name (a header), when the probe is about one. */
  names?: string;
  change: (valid: Delivery) => Delivery;
}

const signed = (body: string) => getHmac(body, API_SECRET_KEY);
const withBody = (body: string) => (valid: Delivery) => ({ ...valid, body, hmac: signed(body) });
const withShop = (shopHeader: string) => (valid: Delivery) => ({ ...valid, shopHeader });

const probes: WebhookProbe[] = [
  { label: "a signed body that is not JSON", change: withBody("{not json") },
  { label: "a signed empty body", change: withBody("") },
  { label: "a signed body cut short", change: (valid) => withBody(valid.body.slice(0, -2))(valid) },
  { label: "a bad signature", change: (valid) => ({ ...valid, hmac: signed(`${valid.body} `) }) },
  { label: "no signature", change: (valid) => ({ ...valid, hmac: null }) },
  ...[
    ["another domain", "evil.example.com"],
    ["a suffix trick", "x.myshopify.com.evil.example"],
    ["a path", "../x.myshopify.com"],
    ["an empty header", ""],
    ["an SQL payload", `x'; DROP TABLE "Shop"; --.myshopify.com`],
  ].map(([label, header]) => ({
    label: `a shop header with ${label}`,
    names: "X-Shopify-Shop-Domain",
    change: withShop(header!),
  })),
];

function request(path: string, topic: string, delivery: Delivery): Request {
  const headers = new Headers({
    "Content-Type": "application/json",
    "X-Shopify-Topic": topic,
    "X-Shopify-Shop-Domain": delivery.shopHeader,
    "X-Shopify-API-Version": "2026-10",
    "X-Shopify-Webhook-Id": crypto.randomUUID(),
    "X-Shopify-Event-Id": crypto.randomUUID(),
    "X-Shopify-Triggered-At": new Date().toISOString(),
  });
  if (delivery.hmac !== null) headers.set("X-Shopify-Hmac-Sha256", delivery.hmac);
  return new Request(`https://my-test-app.myshopify.io${path}`, {
    method: "POST",
    body: delivery.body,
    headers,
  });
}

let shop: { id: string; domain: string };
let baseline: unknown;

beforeAll(async () => {
  shop = await installedShop();
  await buyPack(shop.id, "25h", new Date());
  baseline = await fingerprint();
});

for (const entry of entries) {
  describe(entry.name, () => {
    const valid = (): Delivery => {
      const body = JSON.stringify(entry.payload(shop.domain));
      return { body, shopHeader: shop.domain, hmac: signed(body) };
    };

    test.for(probes)("$label is refused", async (probe) => {
      const answer = await callRoute(entry.handler, request(entry.path, entry.topic, probe.change(valid())));
      const text = answer.response ? await answer.response.clone().text() : JSON.stringify(answer.data);
      const after = await fingerprint();
      const before = baseline;
      baseline = after;
      expect(answer.status, text).toBeGreaterThanOrEqual(400);
      expect(answer.status, text).toBeLessThan(500);
      if (probe.names) expect(text).toContain(probe.names);
      expect(after, "the database changed").toEqual(before);
    });

    test("a well-formed delivery is accepted", async () => {
      const answer = await callRoute(entry.handler, request(entry.path, entry.topic, valid()));
      expect(answer.status).toBe(200);
      baseline = await fingerprint();
    });
  });
}
