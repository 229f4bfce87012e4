import { availableMinutes, isPastExpiry } from "./allocation";
import type { PackState, Policy } from "./types";
import { expiresOn, windowEndsAt, windowLastDay, type LocalDate } from "./validity";

const DAY = 24 * 60 * 60 * 1000;

/** Days before expiry at which unused, unheld hours are reminded of (POLICY.md "Reminders"), largest first. */
export const REMINDER_DAYS = [30, 14, 7, 1] as const;

/** The reminder thresholds: days before expiry, or the open retention window. */
export const THRESHOLDS = ["30", "14", "7", "1", "window"] as const;
export type Threshold = (typeof THRESHOLDS)[number];

/** Hours that expire soon. */
export interface ExpiryNotice {
  packId: string;
  minutes: number;
  expiresOn: LocalDate;
  /** Whole days from `at` until expiry (0 on the last day). */
  daysLeft: number;
}

/** Hours that expired with the retention window still open. */
export interface WindowNotice {
  packId: string;
  minutes: number;
  expiredOn: LocalDate;
  /** The last local date a purchase still receives the minutes. */
  buyBy: LocalDate;
}

/** What a reminder says: which threshold, how many minutes, by when. */
export type Reminder = {
  packId: string;
  minutes: number;
  /** The local expiry date (for a window: the day the hours expired). */
  expiresOn: LocalDate;
  /** Whole days left before expiry; 0 once expired. */
  daysLeft: number;
} & (
  | { threshold: Exclude<Threshold, "window">; buyBy: null }
  /** `buyBy`: the window's last local day to buy a pack. */
  | { threshold: "window"; buyBy: LocalDate }
);

/** Whole 24-hour days from `at` until the pack's expiry (0 on its last day). */
export function daysLeft(expiry: Date, at: Date): number {
  return Math.floor((expiry.getTime() - at.getTime()) / DAY);
}

/**
 * The threshold a pack `daysLeft` days before expiry falls under: the closest of 30, 14, 7 and 1
 * days that it is within.
 */
export function thresholdFor(days: number): Exclude<Threshold, "window"> {
  let threshold: (typeof REMINDER_DAYS)[number] = REMINDER_DAYS[0];
  for (const d of REMINDER_DAYS) if (days < d) threshold = d;
  return String(threshold) as Exclude<Threshold, "window">;
}

/**
 * The first instant past the reminders' reach at `at`: a pack expiring at or after it has no
 * reminder due yet (a bound for the query that selects candidates).
 */
export function reminderHorizon(at: Date): Date {
  return new Date(at.getTime() + REMINDER_DAYS[0] * DAY);
}

/** Unused, unheld minutes of unsettled packs that expire within 30 days of `at`, soonest first. */
export function expiringSoon(packs: readonly PackState[], at: Date, timeZone: string): ExpiryNotice[] {
  const notices: ExpiryNotice[] = [];
  for (const pack of packs) {
    if (pack.expiresAt === null || pack.settlement !== null || isPastExpiry(pack, at)) continue;
    const minutes = availableMinutes(pack, at);
    const days = daysLeft(pack.expiresAt, at);
    if (minutes > 0 && days < REMINDER_DAYS[0]) {
      notices.push({
        packId: pack.id,
        minutes,
        expiresOn: expiresOn(pack.expiresAt, timeZone),
        daysLeft: days,
      });
    }
  }
  return notices.sort((a, b) => a.daysLeft - b.daysLeft);
}

/** Packs past expiry whose retention window is open at `at`, with the unheld own minutes a purchase would receive. */
export function openWindows(
  packs: readonly PackState[],
  at: Date,
  timeZone: string,
  policy: Policy,
): WindowNotice[] {
  const notices: WindowNotice[] = [];
  for (const pack of packs) {
    if (pack.expiresAt === null || pack.settlement !== null || pack.outcome !== null) continue;
    if (!isPastExpiry(pack, at) || at >= windowEndsAt(pack.expiresAt, timeZone, policy)) continue;
    const carryable = pack.ownRemaining - pack.heldOwn;
    if (carryable > 0) {
      notices.push({
        packId: pack.id,
        minutes: carryable,
        expiredOn: expiresOn(pack.expiresAt, timeZone),
        buyBy: windowLastDay(pack.expiresAt, timeZone, policy),
      });
    }
  }
  return notices;
}

/** The available minutes of the pack that expires next (not yet expired, with minutes to use), or null. */
export function nextExpiry(packs: readonly PackState[], at: Date, timeZone: string): ExpiryNotice | null {
  let next: PackState | null = null;
  for (const pack of packs) {
    if (pack.expiresAt === null || isPastExpiry(pack, at) || availableMinutes(pack, at) === 0) continue;
    if (!next?.expiresAt || pack.expiresAt < next.expiresAt) next = pack;
  }
  if (!next?.expiresAt) return null;
  return {
    packId: next.id,
    minutes: availableMinutes(next, at),
    expiresOn: expiresOn(next.expiresAt, timeZone),
    daysLeft: daysLeft(next.expiresAt, at),
  };
}

/** The reminders of these notices: one per open window, then one per pack expiring soon at its threshold. */
export function remindersOf(notices: {
  openWindows: readonly WindowNotice[];
  expiringSoon: readonly ExpiryNotice[];
}): Reminder[] {
  return [
    ...notices.openWindows.map((w) => ({
      packId: w.packId,
      threshold: "window" as const,
      minutes: w.minutes,
      expiresOn: w.expiredOn,
      daysLeft: 0,
      buyBy: w.buyBy,
    })),
    ...notices.expiringSoon.map((e) => ({
      packId: e.packId,
      threshold: thresholdFor(e.daysLeft),
      minutes: e.minutes,
      expiresOn: e.expiresOn,
      daysLeft: e.daysLeft,
      buyBy: null,
    })),
  ];
}

/** The reminders due at `at` for packs already projected to `at`. */
export function remindersAt(
  packs: readonly PackState[],
  at: Date,
  timeZone: string,
  policy: Policy,
): Reminder[] {
  return remindersOf({
    openWindows: openWindows(packs, at, timeZone, policy),
    expiringSoon: expiringSoon(packs, at, timeZone),
  });
}
