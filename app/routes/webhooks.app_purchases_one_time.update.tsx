import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { recordPurchaseStatus } from "../services/billing/purchases.server";
import { purchaseShop, shopForWebhook } from "../services/webhook-events.server";
import { answerUnavailable } from "../services/database-faults.server";
import { otherShop, receiveWebhook } from "../webhooks.server";
import * as clock from "../clock.server";

const payloadSchema = z.object({
  app_purchase_one_time: z.object({
    admin_graphql_api_id: z.string().startsWith("gid://shopify/AppPurchaseOneTime/"),
    admin_graphql_api_shop_id: z.string().startsWith("gid://shopify/Shop/").optional(),
    name: z.string().optional(),
    status: z.string(),
    created_at: z.iso.datetime({ offset: true }).optional(),
  }),
});

// Deliveries can be late, repeated or out of order: recordPurchaseStatus credits once and never
// moves a final status, and the event is recorded in the same transaction as the effect. The
// purchase must be the delivery's shop's (our record of it, or the payload's signed shop id).
export const action = answerUnavailable(async ({ request }: ActionFunctionArgs) => {
  const delivery = await receiveWebhook(request);
  const parsed = payloadSchema.safeParse(delivery.payload);
  if (!parsed.success) return new Response("app_purchase_one_time is malformed", { status: 400 });
  const shop = await shopForWebhook(delivery.shop);
  if (!shop) return new Response();
  const purchase = parsed.data.app_purchase_one_time;
  const owner = await purchaseShop(shop, purchase.admin_graphql_api_id, purchase.admin_graphql_api_shop_id);
  if (owner === "other") return otherShop("purchase");
  // A purchase we have no record of, and nothing signed says it is this shop's: not adopted.
  if (owner === "unknown") return new Response();
  await recordPurchaseStatus(
    shop.id,
    {
      shopifyPurchaseId: purchase.admin_graphql_api_id,
      status: purchase.status,
      name: purchase.name,
      createdAt: purchase.created_at ? new Date(purchase.created_at) : undefined,
    },
    clock.now(),
    delivery.event,
  );
  return new Response();
});
