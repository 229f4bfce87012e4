import { formatHours } from "../ledger";
import prisma from "../db.server";
import { formatDay } from "../lib/dates";
import { isUuid } from "../lib/ids";
import { balanceSummary, type BalanceSummary } from "./ledger/read.server";

/** The reminder thresholds (POLICY.md "Reminders"): days before expiry, or the open window. */
export const THRESHOLDS = ["30", "14", "7", "1", "window"] as const;
export type Threshold = (typeof THRESHOLDS)[number];

export interface ExpiryBanner {
  packId: string;
  threshold: Threshold;
  tone: "warning" | "critical";
  message: string;
}

/**
 * The threshold an expiry falls under: the closest of 30, 14, 7 and 1 days that it is within
 * (`daysLeft` counts whole days, 0 on the last day).
 */
export function thresholdFor(daysLeft: number): Exclude<Threshold, "window"> {
  if (daysLeft < 1) return "1";
  if (daysLeft < 7) return "7";
  if (daysLeft < 14) return "14";
  return "30";
}

/** The warning's sentence: "6 h expire on Aug 31." */
export function expiringMessage(minutes: number, expiresOn: string): string {
  return `${formatHours(minutes)} expire on ${formatDay(expiresOn)}.`;
}

/** The open window's sentence: "2 h expired on Aug 31. Buy a pack by Sep 3 and they move into it." */
export function windowMessage(minutes: number, expiredOn: string, buyBy: string): string {
  return `${formatHours(minutes)} expired on ${formatDay(expiredOn)}. Buy a pack by ${formatDay(buyBy)} and they move into it.`;
}

/**
 * A pack's hours at a reminder threshold at some instant: what the banner shows and the reminders
 * job records, from one computation so that they always agree.
 */
export interface ExpiryNoticeAt {
  packId: string;
  threshold: Threshold;
  tone: "warning" | "critical";
  message: string;
  minutes: number;
  /** The local expiry date (for a window: the day the hours expired). */
  expiresOn: string;
  /** Whole days left before expiry; 0 once expired. */
  daysLeft: number;
  /** The window's last local day to buy a pack; null before expiry. */
  buyBy: string | null;
}

/**
 * The notices of a balance summary: a warning per pack whose unused, unheld hours expire within
 * 30 days, and a critical one per pack whose retention window is open.
 */
export function noticesOf(summary: Pick<BalanceSummary, "openWindows" | "expiringSoon">): ExpiryNoticeAt[] {
  return [
    ...summary.openWindows.map((w) => ({
      packId: w.packId,
      threshold: "window" as const,
      tone: "critical" as const,
      message: windowMessage(w.minutes, w.expiredOn, w.buyBy),
      minutes: w.minutes,
      expiresOn: w.expiredOn,
      daysLeft: 0,
      buyBy: w.buyBy,
    })),
    ...summary.expiringSoon.map((e) => ({
      packId: e.packId,
      threshold: thresholdFor(e.daysLeft),
      tone: "warning" as const,
      message: expiringMessage(e.minutes, e.expiresOn),
      minutes: e.minutes,
      expiresOn: e.expiresOn,
      daysLeft: e.daysLeft,
      buyBy: null,
    })),
  ];
}

/**
 * The expiring-hours banners to show at `at` (the notices of `noticesOf`), minus those the
 * merchant dismissed at their current threshold.
 */
export async function expiryBanners(shopId: string, at: Date): Promise<ExpiryBanner[]> {
  const summary = await balanceSummary(shopId, at);
  if (!summary) return [];
  const banners: ExpiryBanner[] = noticesOf(summary).map(({ packId, threshold, tone, message }) => ({
    packId,
    threshold,
    tone,
    message,
  }));
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
