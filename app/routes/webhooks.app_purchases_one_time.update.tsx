import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { authenticate } from "../shopify.server";
import { recordPurchaseStatus } from "../services/billing/purchases.server";
import { eventRef, shopIdForDomain } from "../services/webhook-events.server";
import * as clock from "../clock.server";

const payloadSchema = z.object({
  app_purchase_one_time: z.object({
    admin_graphql_api_id: z.string().startsWith("gid://shopify/AppPurchaseOneTime/"),
    name: z.string().optional(),
    status: z.string(),
    created_at: z.iso.datetime({ offset: true }).optional(),
  }),
});

// Deliveries can be late, repeated or out of order: recordPurchaseStatus credits once and never
// moves a final status, and the event id is recorded in the same transaction as the effect.
export const action = async ({ request }: ActionFunctionArgs) => {
  const context = await authenticate.webhook(request);
  const parsed = payloadSchema.safeParse(context.payload);
  if (!parsed.success) return new Response("app_purchase_one_time is malformed", { status: 400 });
  const shopId = await shopIdForDomain(context.shop);
  if (!shopId) return new Response();
  const purchase = parsed.data.app_purchase_one_time;
  await recordPurchaseStatus(
    shopId,
    {
      shopifyPurchaseId: purchase.admin_graphql_api_id,
      status: purchase.status,
      name: purchase.name,
      createdAt: purchase.created_at ? new Date(purchase.created_at) : undefined,
    },
    clock.now(),
    eventRef(context),
  );
  return new Response();
};
