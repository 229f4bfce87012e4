// Values as an email shows them, in the recipient's terms: hours in h, money in dollars, dates
// in the store's time zone.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { formatHours } from "../../ledger";
import { formatDay } from "../../lib/dates";
import { formatCents } from "../developers/money";

/** 150 -> "2.5 h". */
export const hours = (minutes: number) => formatHours(minutes);
/** 123450 -> "$1,234.50". */
export const money = (cents: number, currencyCode = "USD") => formatCents(cents, currencyCode);
/** A store-local "2024-08-31" -> "Aug 31, 2024". */
export const day = (localDate: string) => formatDay(localDate, true);
/** An instant as a date and time in `timeZone`: "Dec 7, 2026, 15:04 (UTC)". */
export function instant(at: Date, timeZone: string): string {
  return `${format(new TZDate(at, timeZone), "MMM d, yyyy, HH:mm")} (${timeZone})`;
}
/** An instant's date in `timeZone`: "Dec 7, 2026". */
export function instantDay(at: Date, timeZone: string): string {
  return format(new TZDate(at, timeZone), "MMM d, yyyy");
}
