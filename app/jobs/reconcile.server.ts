import { reconcilePendingPurchases } from "../services/billing/reconcile.server";
import type { TimeJob } from "./types";

/** Re-reads purchases still pending from Shopify: credits or closes them (lost webhooks). */
export const reconcileJob: TimeJob = {
  name: "reconcile",
  async run({ now, log, adminFor }) {
    const { failures, ...counts } = await reconcilePendingPurchases("all", now(), adminFor);
    for (const failure of failures)
      log({ level: "error", job: "reconcile", shop: failure.shop, error: failure.message });
    return { ...counts, failures: failures.length };
  },
};
