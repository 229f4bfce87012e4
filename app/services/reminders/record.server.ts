import prisma from "../../db.server";
import type { ExpiryNoticeAt } from "../banner.server";
import { queueReminderEmails } from "../email/triggers.server";
import { addJobs, TASKS } from "../jobs/queue.sql.server";
import { prismaSql } from "../../lib/sql.server";
import { dueNotices } from "./due.server";
import { shopsToRemind } from "./due.sql.server";

/** What one reminders run recorded. */
export interface RemindersSummary {
  shops: number;
  reminders: number;
  notifications: number;
  /** Jobs queued for the reminders: a Flow trigger call each, and their emails. */
  jobs: number;
}

/**
 * Records each reminder due at `at` once per pack and threshold, and in the same transaction its
 * developer notifications and the jobs that deliver it (Shopify Flow, emails). A reminder already
 * recorded (by an earlier run, or by another instance at the same moment) is skipped by the unique
 * key, and so are its notifications and jobs. Only the current threshold is recorded: a threshold
 * passed while no run happened is not sent late.
 */
export async function recordReminders(
  at: Date,
  options: { batchSize?: number } = {},
): Promise<RemindersSummary> {
  const { batchSize = 250 } = options;
  const shops = await shopsToRemind(at);
  const summary: RemindersSummary = { shops: shops.length, reminders: 0, notifications: 0, jobs: 0 };
  for (let i = 0; i < shops.length; i += batchSize) {
    const due = await dueNotices(shops.slice(i, i + batchSize), at);
    const recorded = await recordNotices(due, at);
    summary.reminders += recorded.reminders;
    summary.notifications += recorded.notifications;
    summary.jobs += recorded.jobs;
  }
  return summary;
}

// A batch of 250 shops writes hundreds of rows and jobs: more than Prisma's 5 s default allows
// on a busy machine.
const TRANSACTION = { maxWait: 10_000, timeout: 60_000 };

async function recordNotices(due: Map<string, ExpiryNoticeAt[]>, at: Date) {
  const rows = [...due].flatMap(([shopId, notices]) =>
    notices.map((n) => ({
      shopId,
      packId: n.packId,
      threshold: n.threshold,
      minutes: n.minutes,
      expiresOn: n.expiresOn,
      daysLeft: n.daysLeft,
      buyBy: n.buyBy,
      createdAt: at,
    })),
  );
  if (rows.length === 0) return { reminders: 0, notifications: 0, jobs: 0 };
  return prisma.$transaction(async (tx) => {
    const created = await tx.reminder.createManyAndReturn({
      data: rows,
      skipDuplicates: true,
      select: { id: true, shopId: true, packId: true, threshold: true },
    });
    const thresholdOf = new Map(created.map((r) => [r.id, r.threshold]));
    if (created.length === 0) return { reminders: 0, notifications: 0, jobs: 0 };
    const shopIds = [...new Set(created.map((r) => r.shopId))];
    const packs = await tx.pack.findMany({
      where: { shopId: { in: shopIds }, id: { in: created.map((r) => r.packId) } },
      select: { id: true, developerId: true },
    });
    const sellerOf = new Map(packs.map((p) => [p.id, p.developerId]));
    const connections = await tx.shopDeveloper.findMany({
      where: { shopId: { in: shopIds }, revokedAt: null, developer: { status: "active" } },
      select: { shopId: true, developerId: true },
    });
    const notifications = created.flatMap((reminder) => {
      const connected = connections.filter((c) => c.shopId === reminder.shopId).map((c) => c.developerId);
      const seller = sellerOf.get(reminder.packId);
      // The pack's developer when still connected; otherwise everyone working for the store.
      const recipients = seller && connected.includes(seller) ? [seller] : connected;
      return recipients.map((developerId) => ({
        shopId: reminder.shopId,
        reminderId: reminder.id,
        developerId,
        createdAt: at,
      }));
    });
    const notified = await tx.developerNotification.createMany({ data: notifications, skipDuplicates: true });
    const jobs = created.map((reminder) => ({
      task: TASKS.flowTrigger,
      payload: { shopId: reminder.shopId, reminderId: reminder.id },
      key: `flow:${reminder.id}`,
    }));
    const sql = prismaSql(tx);
    await addJobs(sql, jobs);
    const emails = await queueReminderEmails(
      sql,
      created.map((r) => ({ ...r, threshold: thresholdOf.get(r.id) ?? "" })),
      notifications,
    );
    return { reminders: created.length, notifications: notified.count, jobs: jobs.length + emails };
  }, TRANSACTION);
}
