import { remindersOf, type Reminder, type Threshold } from "../ledger";
import prisma from "../db.server";
import { isUuid } from "../lib/ids";
import { balanceSummary } from "./ledger/read.server";
import { day, hours } from "../lib/format";

export interface ExpiryBanner {
  packId: string;
  threshold: Threshold;
  tone: "warning" | "critical";
  message: string;
}

/** The warning's sentence: "6 h expire on Aug 31." */
export function expiringMessage(minutes: number, expiresOn: string): string {
  return `${hours(minutes)} expire on ${day(expiresOn)}.`;
}

/** The open window's sentence: "2 h expired on Aug 31. Buy a pack by Sep 3 and they move into it." */
export function windowMessage(minutes: number, expiredOn: string, buyBy: string): string {
  return `${hours(minutes)} expired on ${day(expiredOn)}. Buy a pack by ${day(buyBy)} and they move into it.`;
}

/**
 * A reminder as the banner shows it and the reminders job records it, from one computation so
 * that they always agree.
 */
export type ExpiryNoticeAt = Reminder & { tone: "warning" | "critical"; message: string };

/** A reminder in words: critical while its window is open, a warning before expiry. */
export function noticeOf(reminder: Reminder): ExpiryNoticeAt {
  if (reminder.threshold === "window") {
    const message = windowMessage(reminder.minutes, reminder.expiresOn, reminder.buyBy);
    return { ...reminder, tone: "critical", message };
  }
  return { ...reminder, tone: "warning", message: expiringMessage(reminder.minutes, reminder.expiresOn) };
}

/**
 * The expiring-hours banners to show at `at` (the reminders due at `at`), minus those the
 * merchant dismissed at their current threshold.
 */
export async function expiryBanners(shopId: string, at: Date): Promise<ExpiryBanner[]> {
  const summary = await balanceSummary(shopId, at);
  if (!summary) return [];
  const banners: ExpiryBanner[] = remindersOf(summary)
    .map(noticeOf)
    .map(({ packId, threshold, tone, message }) => ({ packId, threshold, tone, message }));
  if (banners.length === 0) return banners;
  const dismissed = await prisma.bannerDismissal.findMany({
    where: { shopId, packId: { in: banners.map((b) => b.packId) } },
    select: { packId: true, threshold: true },
  });
  const closed = new Set(dismissed.map((d) => `${d.packId}/${d.threshold}`));
  return banners.filter((b) => !closed.has(`${b.packId}/${b.threshold}`));
}

/** Records that the merchant closed a pack's banner at a threshold; false for another shop's pack. */
export async function dismissBanner(shopId: string, packId: string, threshold: Threshold, at: Date) {
  if (!isUuid(packId)) return false;
  const pack = await prisma.pack.findFirst({ where: { id: packId, shopId }, select: { id: true } });
  if (!pack) return false;
  await prisma.bannerDismissal.upsert({
    where: { shopId_packId_threshold: { shopId, packId, threshold } },
    create: { shopId, packId, threshold, dismissedAt: at },
    update: {},
  });
  return true;
}
