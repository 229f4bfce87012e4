import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { notFound } from "../lib/http.server";
import { THRESHOLDS } from "../ledger";
import { dismissBanner } from "../services/banner.server";
import { shopForSession } from "../services/shops.server";
import { authenticate } from "../shopify.server";
import * as clock from "../clock.server";

const schema = z.object({ packId: z.string(), threshold: z.enum(THRESHOLDS) });

// Closing an expiring-hours banner (components/ExpiryBanners.tsx posts here).
export const action = async ({ request }: ActionFunctionArgs) => {
  const { session, admin } = await authenticate.admin(request);
  const shop = await shopForSession(session.shop, admin.graphql);
  const parsed = schema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success)
    return new Response("packId and threshold (30, 14, 7, 1 or window) are required.", { status: 400 });
  const dismissed = await dismissBanner(shop.id, parsed.data.packId, parsed.data.threshold, clock.now());
  if (!dismissed) throw notFound("pack");
  return { ok: true };
};
