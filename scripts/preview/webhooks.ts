// Webhook deliveries as Shopify makes them: JSON, HMAC-SHA256 of the body with the API secret.
import { createHmac, randomUUID } from "node:crypto";
import * as clock from "~/clock.server";
import type { PreviewConfig } from "./config";
import { purchaseGid, shopGid, type EmulatedPurchase } from "./shopify-state";

/** Delivers a webhook to the app and resolves with its HTTP status (0 when unreachable). */
export async function deliverWebhook(
  config: PreviewConfig,
  delivery: { topic: string; path: string; shop: string; body: unknown },
): Promise<number> {
  const body = JSON.stringify(delivery.body);
  const id = randomUUID();
  try {
    const response = await fetch(`${config.appUrl}${delivery.path}`, {
      method: "POST",
      body,
      headers: {
        "Content-Type": "application/json",
        "X-Shopify-Hmac-Sha256": createHmac("sha256", config.apiSecret).update(body).digest("base64"),
        "X-Shopify-Topic": delivery.topic,
        "X-Shopify-Shop-Domain": delivery.shop,
        "X-Shopify-API-Version": "2026-10",
        "X-Shopify-Webhook-Id": id,
        "X-Shopify-Event-Id": id,
        "X-Shopify-Triggered-At": clock.now().toISOString(),
      },
    });
    return response.status;
  } catch {
    return 0;
  }
}

/** app_purchases_one_time/update for a purchase's new status (subscribed in shopify.app.toml). */
export function purchaseUpdated(config: PreviewConfig, purchase: EmulatedPurchase): Promise<number> {
  return deliverWebhook(config, {
    topic: "app_purchases_one_time/update",
    path: "/webhooks/app_purchases_one_time/update",
    shop: purchase.shop,
    body: {
      app_purchase_one_time: {
        admin_graphql_api_id: purchaseGid(purchase.id),
        name: purchase.name,
        status: purchase.status,
        admin_graphql_api_shop_id: shopGid(purchase.shop),
        created_at: purchase.createdAt.toISOString(),
        updated_at: clock.now().toISOString(),
      },
    },
  });
}
