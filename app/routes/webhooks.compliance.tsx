import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { handleCompliance, type ComplianceTopic } from "../services/compliance.server";
import { answerUnavailable } from "../services/database-faults.server";
import { otherShop, receiveWebhook } from "../webhooks.server";
import * as clock from "../clock.server";

const TOPICS: Record<string, ComplianceTopic> = {
  CUSTOMERS_DATA_REQUEST: "customers/data_request",
  CUSTOMERS_REDACT: "customers/redact",
  SHOP_REDACT: "shop/redact",
};

// Every compliance payload names its shop; the signed name decides which shop is meant.
const payloadSchema = z.object({ shop_domain: z.string() });

// The three mandatory compliance topics share this route (shopify.app.toml compliance_topics).
export const action = answerUnavailable(async ({ request }: ActionFunctionArgs) => {
  const delivery = await receiveWebhook(request);
  const topic = TOPICS[delivery.topic];
  if (!topic) return new Response(`Not a compliance topic: ${delivery.topic}`, { status: 400 });
  const parsed = payloadSchema.safeParse(delivery.payload);
  if (!parsed.success) return new Response("payload.shop_domain must be the shop's domain", { status: 400 });
  if (parsed.data.shop_domain.toLowerCase() !== delivery.shop) return otherShop("shop_domain");
  await handleCompliance(delivery.shop, topic, delivery.event, clock.now());
  return new Response();
});
