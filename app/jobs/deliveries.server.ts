import { deliverDue } from "../services/reminders/deliver.server";
import type { Job } from "./types";

/** Sends the reminder deliveries that are due (Shopify Flow), retrying failures with backoff. */
export const deliveriesJob: Job = {
  name: "deliveries",
  leaseMs: 15 * 60_000,
  async run({ now, log, adminFor, renew }) {
    const summary = await deliverDue(now(), adminFor, {
      onFailure: (delivery, error) =>
        log({
          level: "error",
          deliveryId: delivery.id,
          shopId: delivery.shopId,
          channel: delivery.channel,
          attempt: delivery.attempts,
          error,
        }),
      afterBatch: renew,
    });
    return { ...summary };
  },
};
