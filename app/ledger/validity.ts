import { TZDate } from "@date-fns/tz";
import { addDays, addMonths } from "date-fns";
import type { Policy } from "./types";

/** A calendar date in the shop's time zone, "YYYY-MM-DD". */
export type LocalDate = string;

/** Packs paid (shop-local) before this date never expire. */
export const EXPIRY_CUTOVER: LocalDate = "2024-01-01";
/** Packs paid (shop-local) before this date never carry over. */
export const CARRY_OVER_CUTOVER: LocalDate = "2024-05-01";
export const VALIDITY_MONTHS = 3;

// Zones already checked: building an Intl.DateTimeFormat per call dominated planning time
// (about 60% of a 100,000-pack sweep).
const checkedZones = new Map<string, string>();

/** The IANA zone itself when the runtime knows it, otherwise "UTC". */
export function safeTimeZone(timeZone: string | null | undefined): string {
  if (!timeZone) return "UTC";
  const known = checkedZones.get(timeZone);
  if (known) return known;
  let safe = "UTC";
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    safe = timeZone;
  } catch {
    safe = "UTC";
  }
  checkedZones.set(timeZone, safe);
  return safe;
}

/** The shop-local calendar date of an instant. */
export function localDate(instant: Date, timeZone: string): LocalDate {
  const local = new TZDate(instant.getTime(), safeTimeZone(timeZone));
  return formatLocalDate(local.getFullYear(), local.getMonth() + 1, local.getDate());
}

/** The first instant of a shop-local calendar date (local midnight, or the first instant after a DST gap). */
export function startOfLocalDate(date: LocalDate, timeZone: string): Date {
  const [year, month, day] = parseLocalDate(date);
  return new Date(new TZDate(year, month - 1, day, safeTimeZone(timeZone)).getTime());
}

/** A calendar date shifted by whole days. */
export function addLocalDays(date: LocalDate, days: number): LocalDate {
  return shiftLocalDate(date, (d) => addDays(d, days));
}

/** When a pack paid at `paidAt` expires: local start of (paid date + 3 months), or null for legacy packs. */
export function expiresAt(paidAt: Date, timeZone: string): Date | null {
  const paidOn = localDate(paidAt, timeZone);
  if (paidOn < EXPIRY_CUTOVER) return null;
  return startOfLocalDate(
    shiftLocalDate(paidOn, (d) => addMonths(d, VALIDITY_MONTHS)),
    timeZone,
  );
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

function shiftLocalDate(date: LocalDate, shift: (d: Date) => Date): LocalDate {
  const [year, month, day] = parseLocalDate(date);
  // Calendar arithmetic in a fixed zone so the runtime's own zone cannot leak in.
  const shifted = shift(new TZDate(year, month - 1, day, "UTC"));
  const out = new TZDate(shifted.getTime(), "UTC");
  return formatLocalDate(out.getFullYear(), out.getMonth() + 1, out.getDate());
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
