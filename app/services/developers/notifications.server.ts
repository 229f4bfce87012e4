import prisma from "../../db.server";
import { expiringMessage, windowMessage } from "../banner.server";

/** A reminder as a developer's portal lists it. */
export interface NotificationRow {
  id: string;
  shopId: string;
  domain: string;
  /** The store's time zone: its dates are written in it. */
  timeZone: string;
  threshold: string;
  message: string;
  createdAt: Date;
  read: boolean;
}

/**
 * This developer's latest notifications, newest first, for stores they are still connected to
 * (a revoked or uninstalled store's reminders are no longer theirs to act on).
 */
export async function listNotifications(developerId: string, limit = 10): Promise<NotificationRow[]> {
  const rows = await prisma.developerNotification.findMany({
    where: {
      developerId,
      reminder: {
        shop: { uninstalledAt: null, developers: { some: { developerId, revokedAt: null } } },
      },
    },
    include: { reminder: { include: { shop: { select: { domain: true, timezone: true } } } } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: limit,
  });
  return rows.map(({ id, reminder, createdAt, readAt }) => ({
    id,
    shopId: reminder.shopId,
    domain: reminder.shop.domain,
    timeZone: reminder.shop.timezone,
    threshold: reminder.threshold,
    message:
      reminder.threshold === "window"
        ? windowMessage(reminder.minutes, reminder.expiresOn, reminder.buyBy ?? reminder.expiresOn)
        : expiringMessage(reminder.minutes, reminder.expiresOn),
    createdAt,
    read: readAt !== null,
  }));
}

/** Marks all of this developer's notifications read; returns how many changed. */
export async function markNotificationsRead(developerId: string, at: Date): Promise<number> {
  const changed = await prisma.developerNotification.updateMany({
    where: { developerId, readAt: null },
    data: { readAt: at },
  });
  return changed.count;
}
