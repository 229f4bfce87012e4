import { TZDate } from "@date-fns/tz";
import type { Policy } from "./types";

/** A calendar date in the shop's time zone, "YYYY-MM-DD". */
export type LocalDate = string;

/** Packs paid (shop-local) before this date never expire. */
export const EXPIRY_CUTOVER: LocalDate = "2024-01-01";
/** Packs paid (shop-local) before this date never carry over. */
export const CARRY_OVER_CUTOVER: LocalDate = "2024-05-01";
export const VALIDITY_MONTHS = 3;

// Zone arithmetic is the costly part of planning (a sweep asks the same questions for many
// packs), and these are pure functions of their arguments: remember recent answers.
const MEMO_LIMIT = 50_000;
function memo<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  const known = cache.get(key);
  if (known !== undefined) return known;
  const value = compute();
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}
const zones = new Map<string, string>();
const localDates = new Map<string, LocalDate>();
const localStarts = new Map<string, number>();

/** The IANA zone itself when the runtime knows it, otherwise "UTC". */
export function safeTimeZone(timeZone: string | null | undefined): string {
  if (!timeZone) return "UTC";
  return memo(zones, timeZone, () => {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone });
      return timeZone;
    } catch {
      return "UTC";
    }
  });
}

/** The shop-local calendar date of an instant. */
export function localDate(instant: Date, timeZone: string): LocalDate {
  const zone = safeTimeZone(timeZone);
  return memo(localDates, `${instant.getTime()}|${zone}`, () => {
    const local = new TZDate(instant.getTime(), zone);
    return formatLocalDate(local.getFullYear(), local.getMonth() + 1, local.getDate());
  });
}

/** The first instant of a shop-local calendar date (local midnight, or the first instant after a DST gap). */
export function startOfLocalDate(date: LocalDate, timeZone: string): Date {
  const zone = safeTimeZone(timeZone);
  const start = memo(localStarts, `${date}|${zone}`, () => {
    const [year, month, day] = parseLocalDate(date);
    return new TZDate(year, month - 1, day, zone).getTime();
  });
  return new Date(start);
}

/** A calendar date shifted by whole days. */
export function addLocalDays(date: LocalDate, days: number): LocalDate {
  const [year, month, day] = parseLocalDate(date);
  // Plain calendar arithmetic: a UTC date has no DST, so the runtime's zone cannot leak in.
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return formatLocalDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** A calendar date shifted by whole months, clamped to the last day of a shorter month (as date-fns addMonths). */
export function addLocalMonths(date: LocalDate, months: number): LocalDate {
  const [year, month, day] = parseLocalDate(date);
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return formatLocalDate(first.getUTCFullYear(), first.getUTCMonth() + 1, Math.min(day, lastDay));
}

/** When a pack paid at `paidAt` expires: local start of (paid date + 3 months), or null for legacy packs. */
export function expiresAt(paidAt: Date, timeZone: string): Date | null {
  const paidOn = localDate(paidAt, timeZone);
  if (paidOn < EXPIRY_CUTOVER) return null;
  return startOfLocalDate(addLocalMonths(paidOn, VALIDITY_MONTHS), timeZone);
}

/** The last local date a pack can be used (the day before `expiresAt`), as shown to people. */
export function expiresOn(expiry: Date, timeZone: string): LocalDate {
  return addLocalDays(localDate(expiry, timeZone), -1);
}

/** First instant after a pack's retention window (exclusive end). */
export function windowEndsAt(expiry: Date, timeZone: string, policy: Policy): Date {
  return startOfLocalDate(addLocalDays(localDate(expiry, timeZone), policy.retentionWindowDays), timeZone);
}

/** Last local date of the retention window ("buy a pack by Sep 3"). */
export function windowLastDay(expiry: Date, timeZone: string, policy: Policy): LocalDate {
  return addLocalDays(localDate(expiry, timeZone), policy.retentionWindowDays - 1);
}

/** First instant a purchase counts as an early renewal of a pack expiring at `expiry` (inclusive). */
export function earlyRenewalStartsAt(expiry: Date, timeZone: string, policy: Policy): Date {
  return startOfLocalDate(addLocalDays(localDate(expiry, timeZone), -policy.earlyRenewalDays), timeZone);
}

/** Whether a pack paid at `paidAt` may carry its unused own minutes over (paid on or after 2024-05-01 local). */
export function isCarryOverEligible(paidAt: Date, timeZone: string): boolean {
  return localDate(paidAt, timeZone) >= CARRY_OVER_CUTOVER;
}

function parseLocalDate(date: LocalDate): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`Not a YYYY-MM-DD date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function formatLocalDate(year: number, month: number, day: number): LocalDate {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}
