import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { THRESHOLDS } from "../ledger";
import { dismissBanner } from "../services/banner.server";
import * as clock from "../clock.server";
import { requireShop } from "../merchant/auth.server";
import { id, oneOf, parse } from "../lib/forms";
import { fail } from "../lib/result";
import { readForm, refuse } from "../lib/http.server";

const DismissForm = z.object({ packId: id(), threshold: oneOf(THRESHOLDS) });

// Closing an expiring-hours banner (components/ExpiryBanners.tsx posts here).
export const action = async ({ request }: ActionFunctionArgs) => {
  const { shop } = await requireShop(request);
  const parsed = parse(DismissForm, await readForm(request));
  if (!parsed.ok) return refuse(parsed);
  const dismissed = await dismissBanner(shop.id, parsed.data.packId, parsed.data.threshold, clock.now());
  if (!dismissed)
    return refuse(fail("not_found", "No such pack in your store. Reload the page.", { field: "packId" }));
  return { ok: true as const };
};
