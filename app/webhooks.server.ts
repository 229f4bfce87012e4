// Receiving Shopify's webhooks: every route under webhooks.* starts here.
import { createHash } from "node:crypto";
import type { Session } from "@shopify/shopify-api";
import type { WebhookEventRef } from "./services/webhook-events.server";
import { authenticate } from "./shopify.server";

/** A delivery whose signature, shop header and JSON body were checked. */
export interface Delivery {
  /** The X-Shopify-Shop-Domain header: unsigned, so bound to the payload by each handler. */
  shop: string;
  topic: string;
  payload: unknown;
  session?: Session;
  event: WebhookEventRef;
}

const SHOP_DOMAIN = /^[a-z0-9][a-z0-9-]*\.myshopify\.com$/;

/**
 * Verifies a webhook delivery (docs/decisions/093-webhooks-bound-to-signed-payload.md): a shop
 * header that is not a *.myshopify.com domain or a bad HMAC is refused with 401, a signed body
 * that is not JSON with 400; the thrown Response is the answer.
 */
export async function receiveWebhook(request: Request): Promise<Delivery> {
  if (!SHOP_DOMAIN.test(request.headers.get("X-Shopify-Shop-Domain") ?? ""))
    throw new Response("X-Shopify-Shop-Domain must be a shop's *.myshopify.com domain.", { status: 401 });
  const body = await request.clone().text();
  let context: Awaited<ReturnType<typeof authenticate.webhook>>;
  try {
    context = await authenticate.webhook(request);
  } catch (thrown) {
    // The library parses the body only after checking its signature.
    if (thrown instanceof SyntaxError) throw new Response("The webhook's body is not JSON.", { status: 400 });
    throw thrown;
  }
  const bodyKey = createHash("sha256").update(`${context.topic}\n${body}`).digest("hex");
  return {
    shop: context.shop,
    topic: context.topic,
    payload: context.payload,
    session: context.session,
    event: { id: context.eventId ?? context.webhookId, topic: context.topic, bodyKey },
  };
}

/** The answer to a delivery whose signed payload names another shop than its header: nothing changes. */
export function otherShop(field: string): Response {
  return new Response(`The payload's ${field} is not the shop in X-Shopify-Shop-Domain.`, { status: 401 });
}
