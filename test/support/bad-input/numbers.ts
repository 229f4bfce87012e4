// Kinds of numbers and dates people type: hours, dollars, calendar days and months.
import { everyField, good, MEGABYTE, MISSING, probe, required, SQL, type Kind } from "./probes";

/** Numbers as no form of ours takes them: signs, words, other bases, units, payloads. */
export const numbersPeopleMistype = [
  probe("negative", "-1"),
  probe("NaN", "NaN"),
  probe("Infinity", "Infinity"),
  probe("-Infinity", "-Infinity"),
  probe("hexadecimal", "0x10"),
  probe("exponent", "1e1"),
  probe("binary", "0b11"),
  probe("octal", "0o7"),
  probe("a decimal comma", "1,5"),
  probe("a unit", "2h"),
  probe("words", "two"),
  probe("an SQL payload", `1; ${SQL}`),
  probe("an HTML payload", `<b>1</b>`),
];

/** Hours as people type them: a plain decimal in whole minutes, above 0, at most `max` h. */
export function hours(max: number): Kind {
  return {
    name: `hours up to ${max} in whole minutes`,
    bad: [
      ...required(),
      ...everyField("1", "2"),
      ...numbersPeopleMistype,
      probe("zero", "0"),
      probe("1.33 h (not whole minutes)", "1.33"),
      probe("a minute and a half", "0.025"),
      probe(`over ${max} h`, String(max + 0.25)),
      probe("40,000,000 h (overflows int4 minutes)", "40000000"),
      probe("a 1 MB number", "1".repeat(MEGABYTE)),
    ],
    good: good("1", "1.25", "0.5", " 2 "),
  };
}

/** Dollars from `min` to `max`, e.g. 85 or 85.50. */
export function dollars(min: number, max: number): Kind {
  return {
    name: `dollars from ${min} to ${max}`,
    bad: [
      ...required(),
      ...everyField("85", "90"),
      ...numbersPeopleMistype,
      probe("three decimals", "1.234"),
      probe(`over ${max}`, `${max}.01`),
      probe("a currency word", "85 USD"),
      probe("a 1 MB number", "1".repeat(MEGABYTE)),
    ],
    good: good("85", "85.50", "$1,200", String(min)),
  };
}

/** A calendar date, YYYY-MM-DD, that exists (and, for work logged, is not in the future). */
export function calendarDate(today: string): Kind {
  // Time is logged from the quote's creation day (today: the matrix's quotes are new) to today, in
  // the store's calendar (the matrix's stores are in UTC).
  const shifted = (days: number) =>
    new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return {
    name: "a day of the quote's lifetime",
    bad: [
      ...required(),
      ...everyField(today, "2024-06-01"),
      probe("February 30", "2025-02-30"),
      probe("month 13", "2025-13-01"),
      probe("year 9999", "9999-12-31"),
      probe("year 1999", "1999-12-31"),
      probe("words", "yesterday"),
      probe("no dashes", "20250101"),
      probe("single digits", "2025-1-1"),
      probe("a time too", `${today}T00:00:00Z`),
      probe("before the quote was created", shifted(-1)),
      probe("a leap day years before the quote", "2024-02-29"),
      probe("tomorrow", shifted(1)),
      probe("in two days", shifted(2)),
      probe("an SQL payload", `${today}'; ${SQL}`),
      probe("1 MB", "2".repeat(MEGABYTE)),
    ],
    good: good(today),
  };
}

/** A calendar month, YYYY-MM (a query parameter). */
export function calendarMonth(): Kind {
  return {
    name: "a calendar month",
    bad: [
      probe("empty", ""),
      ...everyField("2025-01", "2025-02"),
      probe("year 9999", "9999-12"),
      probe("month 13", "2025-13"),
      probe("month 0", "2025-00"),
      probe("single digit", "2025-1"),
      probe("words", "last-month"),
      probe("an SQL payload", `2025-01'; ${SQL}`),
      probe("1 MB", "2".repeat(MEGABYTE)),
    ],
    good: good("2025-01", "2024-12", MISSING),
  };
}
