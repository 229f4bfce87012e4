import type { ActionFunctionArgs } from "@remix-run/node";
import { authenticate } from "../shopify.server";
import { handleCompliance, type ComplianceTopic } from "../services/compliance.server";
import { eventRef } from "../services/webhook-events.server";
import * as clock from "../clock.server";

const TOPICS: Record<string, ComplianceTopic> = {
  CUSTOMERS_DATA_REQUEST: "customers/data_request",
  CUSTOMERS_REDACT: "customers/redact",
  SHOP_REDACT: "shop/redact",
};

// The three mandatory compliance topics share this route (shopify.app.toml compliance_topics).
export const action = async ({ request }: ActionFunctionArgs) => {
  const context = await authenticate.webhook(request);
  const topic = TOPICS[context.topic];
  if (!topic) return new Response(`Not a compliance topic: ${context.topic}`, { status: 400 });
  await handleCompliance(context.shop, topic, eventRef(context), clock.now());
  return new Response();
};
