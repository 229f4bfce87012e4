import type { ActionFunctionArgs } from "@remix-run/node";
import { authenticate } from "../shopify.server";
import { recordUninstall } from "../services/shops.server";
import { eventRef } from "../services/webhook-events.server";
import * as clock from "../clock.server";

// Webhook requests can arrive more than once and after the app was already uninstalled.
export const action = async ({ request }: ActionFunctionArgs) => {
  const context = await authenticate.webhook(request);
  await recordUninstall(context.shop, clock.now(), eventRef(context));
  return new Response();
};
