// The one way values are written for people: the merchant app, the portal, CSVs and emails all
// use these, so that "2.5 h", "$1,234.50" and "Aug 31, 2025" read the same everywhere. Dates are
// the store's local dates (the ledger counts days in the store's time zone).
// Only the ledger's leaf modules: the ledger's messages use this module's `hours`.
import { minutesToHours } from "../ledger/units";
import { localDate, type LocalDate } from "../ledger/validity";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Minutes as hours: 150 -> "2.5 h", 120 -> "2 h", 20 -> "0.33 h". */
export function hours(minutes: number): string {
  return `${minutesToHours(minutes)} h`;
}

/** Signed minutes for a ledger line: "+2 h", "−1.5 h", or "" for none. */
export function signedHours(minutes: number): string {
  if (minutes === 0) return "";
  return minutes > 0 ? `+${hours(minutes)}` : `−${hours(-minutes)}`;
}

/** Whole cents as money: 225000 -> "$2,250", 123450 -> "$1,234.50" (cents only when there are some). */
export function money(cents: number, currencyCode = "USD"): string {
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat("en-US", {
    style: "currency",
    currency: currencyCode,
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(cents / 100);
}

/** Cents as a plain decimal for CSV files: 123456 -> "1234.56". */
export function decimalCents(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** A store-local "YYYY-MM-DD" as people read it: "Aug 31", or "Aug 31, 2025" with `year`. */
export function day(date: LocalDate, options: { year?: boolean } = {}): string {
  const [year, month, dayOfMonth] = date.split("-").map(Number);
  const label = `${MONTHS[(month ?? 1) - 1]} ${dayOfMonth}`;
  return options.year ? `${label}, ${year}` : label;
}

/** An instant's local date in the store's time zone, as people read it: "Nov 29, 2026". */
export function dayOf(instant: Date, timeZone: string, options: { year?: boolean } = { year: true }): string {
  return day(localDate(instant, timeZone), options);
}

/** An instant's local date in the store's time zone, "YYYY-MM-DD" (forms, CSVs, file names). */
export function isoDayOf(instant: Date, timeZone: string): LocalDate {
  return localDate(instant, timeZone);
}

/** A count with its noun: (1, "store") -> "1 store", (2, "store") -> "2 stores". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? singular : plural}`;
}

/** A pack tier as people read it: "25h" -> "25 h pack". */
export function packLabel(tier: string): string {
  return `${tier.replace(/h$/, "")} h pack`;
}

/** A status word as a label: "awaiting_approval" -> "Awaiting approval". */
export function statusLabel(status: string): string {
  const words = status.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** An invoice number as printed: 42 -> "INV-000042". */
export function invoiceNumber(number: number): string {
  return `INV-${String(number).padStart(6, "0")}`;
}

/** An instant as a date and time in the store's time zone: "Dec 7, 2026, 15:04 (UTC)". */
export function dateTimeOf(instant: Date, timeZone: string): string {
  const time = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).format(instant);
  return `${dayOf(instant, timeZone)}, ${time} (${timeZone})`;
}

/** What to buy for missing minutes, naming the smallest listed packs that cover them (the ledger's words). */
export { buyToCover } from "../ledger";
