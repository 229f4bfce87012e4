import prisma from "../../db.server";
import type { AdminFor } from "../offline-admin.server";
import type { AdminGraphql } from "../shops.server";
import { fireFlowTrigger, flowPayload } from "./flow.server";
import { claimDue, markFailed, markSent, type ClaimedDelivery } from "./outbox.server";

/** What one delivery run did. */
export interface DeliverySummary {
  claimed: number;
  sent: number;
  retrying: number;
  failed: number;
}

export interface DeliverOptions {
  batchSize?: number;
  /** Called for every failed attempt (the job logs it). */
  onFailure?: (delivery: ClaimedDelivery, error: string) => void;
  afterBatch?: () => Promise<unknown>;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Sends every delivery due at `now` (today: Shopify Flow triggers) and records each outcome. A
 * failure is retried by a later run after a doubling delay; a shop that uninstalled the app can
 * never receive it, so its delivery fails at once. Nothing is sent twice: see claimDue.
 */
export async function deliverDue(now: Date, adminFor: AdminFor, options: DeliverOptions = {}) {
  const { batchSize = 50 } = options;
  const summary: DeliverySummary = { claimed: 0, sent: 0, retrying: 0, failed: 0 };
  const admins = new Map<string, Promise<AdminGraphql>>();
  for (;;) {
    const claimed = await claimDue(now, batchSize);
    if (claimed.length === 0) break;
    summary.claimed += claimed.length;
    const reminders = await prisma.reminder.findMany({
      where: { id: { in: claimed.map((d) => d.reminderId) } },
      include: {
        shop: { select: { domain: true, reminderEmail: true, uninstalledAt: true, redactedAt: true } },
      },
    });
    const byId = new Map(reminders.map((r) => [r.id, r]));
    for (const delivery of claimed) {
      const reminder = byId.get(delivery.reminderId);
      const fail = async (error: string, final = false) => {
        options.onFailure?.(delivery, error);
        const status = await markFailed(delivery, now, error, final);
        summary[status === "failed" ? "failed" : "retrying"] += 1;
      };
      if (!reminder || reminder.shop.uninstalledAt || reminder.shop.redactedAt) {
        await fail("The shop no longer has the app installed.", true);
        continue;
      }
      try {
        const domain = reminder.shop.domain;
        if (!admins.has(domain)) admins.set(domain, adminFor(domain));
        const graphql = await (admins.get(domain) as Promise<AdminGraphql>);
        await fireFlowTrigger(graphql, flowPayload({ ...reminder, ...reminder.shop, shopDomain: domain }));
        if (await markSent(delivery, now)) summary.sent += 1;
      } catch (error) {
        await fail(message(error));
      }
    }
    await options.afterBatch?.();
  }
  return summary;
}
