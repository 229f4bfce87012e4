import { formatHours } from "../ledger";
import prisma from "../db.server";
import { formatDay } from "../lib/dates";
import { isUuid } from "./ledger/quotes.server";
import { balanceSummary } from "./ledger/read.server";

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

/**
 * The expiring-hours banners to show at `at`: a warning per pack whose unused, unheld hours expire
 * within 30 days, and a critical one per pack whose retention window is open, minus those the
 * merchant dismissed at their current threshold.
 */
export async function expiryBanners(shopId: string, at: Date): Promise<ExpiryBanner[]> {
  const summary = await balanceSummary(shopId, at);
  if (!summary) return [];
  const banners: ExpiryBanner[] = [
    ...summary.openWindows.map((w) => ({
      packId: w.packId,
      threshold: "window" as const,
      tone: "critical" as const,
      message: `${formatHours(w.minutes)} expired on ${formatDay(w.expiredOn)}. Buy a pack by ${formatDay(w.buyBy)} and they move into it.`,
    })),
    ...summary.expiringSoon.map((e) => ({
      packId: e.packId,
      threshold: thresholdFor(e.daysLeft),
      tone: "warning" as const,
      message: `${formatHours(e.minutes)} expire on ${formatDay(e.expiresOn)}.`,
    })),
  ];
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
