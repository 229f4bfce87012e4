import { API_SECRET_KEY, getHmac, setUpValidSession } from "@shopify/shopify-api/test-helpers";
import prisma from "~/db.server";

let counter = 0;
/** A shop domain no other test uses. */
export function uniqueShop(): string {
  counter += 1;
  return `shop-${process.pid}-${counter}-${Math.random().toString(36).slice(2, 8)}.myshopify.com`;
}

/** Stores an offline session for `shop`, as an install leaves it. */
export async function storeOfflineSession(shop: string) {
  const session = setUpValidSession({ shop });
  await prisma.session.create({
    data: {
      id: session.id,
      shop,
      state: session.state,
      isOnline: false,
      scope: session.scope ?? "",
      accessToken: session.accessToken ?? "test-token",
    },
  });
  return session;
}

interface WebhookOptions {
  topic: string;
  shop: string;
  /** Sent as JSON; a string `raw` is sent as it is instead. */
  body?: unknown;
  raw?: string;
  webhookId?: string;
  eventId?: string;
  secret?: string;
}

/** A webhook delivery as Shopify sends it, signed with the app secret (or `secret`). */
export function webhookRequest(path: string, options: WebhookOptions): Request {
  const body = options.raw ?? JSON.stringify(options.body);
  const webhookId = options.webhookId ?? crypto.randomUUID();
  return new Request(`https://my-test-app.myshopify.io${path}`, {
    method: "POST",
    body,
    headers: {
      "Content-Type": "application/json",
      "X-Shopify-Hmac-Sha256": getHmac(body, options.secret ?? API_SECRET_KEY),
      "X-Shopify-Topic": options.topic,
      "X-Shopify-Shop-Domain": options.shop,
      "X-Shopify-API-Version": "2026-10",
      "X-Shopify-Webhook-Id": webhookId,
      "X-Shopify-Event-Id": options.eventId ?? webhookId,
      "X-Shopify-Triggered-At": new Date().toISOString(),
    },
  });
}
