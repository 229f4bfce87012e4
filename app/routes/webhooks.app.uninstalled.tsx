import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { recordUninstall } from "../services/shops.server";
import { answerUnavailable } from "../services/database-faults.server";
import { otherShop, receiveWebhook } from "../webhooks.server";
import * as clock from "../clock.server";

// The payload is the shop itself: its signed domain decides which shop uninstalled.
const payloadSchema = z.object({ myshopify_domain: z.string() });

// Webhook requests can arrive more than once and after the app was already uninstalled.
export const action = answerUnavailable(async ({ request }: ActionFunctionArgs) => {
  const delivery = await receiveWebhook(request);
  const parsed = payloadSchema.safeParse(delivery.payload);
  if (!parsed.success)
    return new Response("payload.myshopify_domain must be the shop's domain", { status: 400 });
  if (parsed.data.myshopify_domain.toLowerCase() !== delivery.shop) return otherShop("myshopify_domain");
  await recordUninstall(delivery.shop, clock.now(), delivery.event);
  return new Response();
});
