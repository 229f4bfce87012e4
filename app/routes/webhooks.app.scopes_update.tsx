import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { updateSessionScope } from "../services/sessions.server";
import { shopForWebhook } from "../services/webhook-events.server";
import { answerUnavailable } from "../services/database-faults.server";
import { otherShop, receiveWebhook } from "../webhooks.server";

// shop_id is the shop's gid; compared with the one recorded at install when both are known.
const payloadSchema = z.object({
  current: z.array(z.string()),
  shop_id: z.string().optional().catch(undefined),
});

export const action = answerUnavailable(async ({ request }: ActionFunctionArgs) => {
  const { payload, session, shop } = await receiveWebhook(request);
  const parsed = payloadSchema.safeParse(payload);
  if (!parsed.success) return new Response("payload.current must be a list of scopes", { status: 400 });
  const recorded = await shopForWebhook(shop);
  const named = parsed.data.shop_id;
  if (named && recorded?.shopifyGid && named !== recorded.shopifyGid) return otherShop("shop_id");
  if (session) await updateSessionScope(session.id, parsed.data.current);
  return new Response();
});
