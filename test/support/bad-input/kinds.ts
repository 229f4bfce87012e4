// Field kinds for the bad-input matrix: for each kind, the values that must be refused (a 4xx
// naming the field, nothing written) and the values that must be accepted. A value is bad only
// if it is bad for every field of its kind: an SQL payload is a fine quote title, an empty
// description is fine, so they are good values of those kinds, never bad ones.
import { randomUUID } from "node:crypto";

/** The field is left out of the form. */
export const MISSING = Symbol("missing");
/** The field is sent twice: its valid value, then `then` (a different, also valid, value). */
export interface Repeated {
  repeated: string;
}
/** A file upload where text is expected: the wrong type for every text field. */
export const FILE = Symbol("file");

export type Sent = string | typeof MISSING | typeof FILE | Repeated;

export interface Probe {
  label: string;
  sent: Sent;
}

/** A route parameter's value; a function when it names a fixture made after the tests are collected. */
export interface ParamProbe {
  label: string;
  sent: string | (() => string);
}

export interface Kind {
  name: string;
  bad: Probe[];
  /** Values every field of this kind accepts (computed per use when they must be unique). */
  good: (() => Sent)[];
}

const MEGABYTE = 1024 * 1024;
export const probe = (label: string, sent: Sent): Probe => ({ label, sent });
const good = (...values: (Sent | (() => Sent))[]) =>
  values.map((value) => (typeof value === "function" ? value : () => value));

/** SQL and HTML payloads: bad for ids, numbers and enums; valid (and stored verbatim) free text. */
export const SQL = `'); DROP TABLE "Quote"; --`;
export const HTML = `<script>alert("x")</script><img src=x onerror=alert(1)>`;

/** What every text field refuses whatever its format: a file, sent twice, NUL and other controls. */
export const everyField = (sample: string, other: string): Probe[] => [
  probe("a file instead of text", FILE),
  probe("sent twice", { repeated: other }),
  probe("a NUL byte", `${sample}\u0000`),
  probe("a control character (SOH)", `${sample}\u0001`),
  probe("an escape sequence", `\u001b[31m${sample}`),
  probe("DEL", `${sample}\u007f`),
  probe("a backspace", `${sample}\u0008`),
];
const required = (): Probe[] => [probe("missing", MISSING), probe("empty", ""), probe("blank", "   ")];
/** One character over the limit, and a megabyte. */
export const tooLong = (max: number): Probe[] => [
  probe(`${max + 1} characters`, "x".repeat(max + 1)),
  probe("1 MB", "x".repeat(MEGABYTE)),
];
const numbersPeopleMistype = [
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

/** A required line of text, 1 to `max` characters. */
export function requiredLine(max: number): Kind {
  return {
    name: `a line of 1 to ${max} characters`,
    bad: [...required(), ...everyField("Title", "Other title"), ...tooLong(max), probe("two lines", "a\nb")],
    good: good("Fix the checkout", SQL, HTML, "Café ☕ 日本語", "  padded  ", "x".repeat(max)),
  };
}

/** An optional line of text, at most `max` characters. */
export function optionalLine(max: number): Kind {
  return {
    name: `an optional line of at most ${max} characters`,
    bad: [...everyField("Name", "Other name"), ...tooLong(max), probe("two lines", "a\nb")],
    good: good(MISSING, "", "Ada Lovelace", SQL, HTML, "x".repeat(max)),
  };
}

/** Optional text that may span lines (descriptions, notes, reasons), at most `max` characters. */
export function paragraph(max: number): Kind {
  return {
    name: `optional text of at most ${max} characters`,
    bad: [...everyField("Some text", "Other text"), ...tooLong(max)],
    good: good(MISSING, "", "Line one\nline two\r\n\ttabbed", SQL, HTML, "Café ☕", "x".repeat(max)),
  };
}

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

/** The id (UUID) of a row the page showed. Unknown ids are refused like malformed ones. */
export function id(): Kind {
  const sample = randomUUID();
  return {
    name: "a row id",
    bad: [
      ...required(),
      ...everyField(sample, randomUUID()),
      probe("not a UUID", "not-an-id"),
      probe("a number", "123"),
      probe("a UUID with a bad digit", "00000000-0000-0000-0000-00000000000g"),
      probe("a UUID in braces", `{${sample}}`),
      probe("an SQL payload", `${sample}' OR '1'='1`),
      probe("an HTML payload", HTML),
      probe("1 MB", "a".repeat(MEGABYTE)),
      probe("an unknown UUID", randomUUID()),
    ],
    good: [],
  };
}

/** One of `values` (an enum or a form's intent). */
export function oneOf(values: readonly [string, ...string[]], options: { optional?: boolean } = {}): Kind {
  const [first] = values;
  const other = values.find((v) => v !== first) ?? first;
  return {
    name: `one of ${values.join(", ")}`,
    bad: [
      ...(options.optional ? [] : [probe("missing", MISSING)]),
      probe("empty", ""),
      ...everyField(first, other),
      probe("unknown", "delete-everything"),
      probe("upper case", first.toUpperCase() === first ? `${first}X` : first.toUpperCase()),
      probe("padded", ` ${first} `),
      probe("an SQL payload", `${first}' OR '1'='1`),
      probe("an HTML payload", HTML),
      probe("1 MB", "x".repeat(MEGABYTE)),
    ],
    good: good(...values, ...(options.optional ? [MISSING as Sent] : [])),
  };
}

/** A form's intent: the other intents are other forms, so only this one's value is good here. */
export function intent(values: readonly [string, ...string[]]): Kind {
  return { ...oneOf(values), name: `an intent (${values.join(", ")})`, good: [] };
}

let addresses = 0;
const uniqueAddress = (local: string) => {
  addresses += 1;
  return `${local}-${process.pid}-${addresses}-${randomUUID().slice(0, 8)}@example.com`;
};
const badAddresses = (): Probe[] => [
  probe("not an address", "not-an-address"),
  probe("no domain", "dev@"),
  probe("no local part", "@example.com"),
  probe("a space", "a b@example.com"),
  probe("an HTML payload", `${HTML}@example.com`),
  probe("255 characters", `${"a".repeat(243)}@example.com`),
  probe("1 MB", `${"a".repeat(MEGABYTE)}@example.com`),
];

/** A required email address (at most 254 characters). */
export function email(): Kind {
  return {
    name: "an email address",
    bad: [...required(), ...everyField("dev@example.com", "other@example.com"), ...badAddresses()],
    good: good(
      () => uniqueAddress("dev"),
      () => uniqueAddress("Mixed.Case").toUpperCase(),
      () => `  ${uniqueAddress("padded")}  `,
    ),
  };
}

/** An optional email address: empty means none. */
export function optionalEmail(): Kind {
  return {
    name: "an optional email address",
    bad: [...everyField("dev@example.com", "other@example.com"), ...badAddresses()],
    good: good(MISSING, "", () => uniqueAddress("owner")),
  };
}

/** A checkbox or switch. */
export function flag(): Kind {
  return {
    name: "true or false",
    bad: [
      ...everyField("true", "false"),
      probe("yes", "yes"),
      probe("1", "1"),
      probe("upper case", "TRUE"),
      probe("1 MB", "x".repeat(MEGABYTE)),
    ],
    good: good("true", "false", "on", MISSING),
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
  // The service allows one day of slack (the developer's today may be tomorrow in UTC).
  const inTwoDays = new Date(Date.parse(`${today}T00:00:00Z`) + 2 * 86_400_000).toISOString().slice(0, 10);
  return {
    name: "a past calendar date",
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
      probe("in two days", inTwoDays),
      probe("an SQL payload", `${today}'; ${SQL}`),
      probe("1 MB", "2".repeat(MEGABYTE)),
    ],
    good: good(today, "2024-06-01", "2024-02-29"),
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

/** A shop's *.myshopify.com domain. */
export function shopDomain(): Kind {
  return {
    name: "a *.myshopify.com domain",
    bad: [
      ...required(),
      ...everyField("new-store.myshopify.com", "other-store.myshopify.com"),
      probe("another domain", "evil.example.com"),
      probe("a suffix trick", "x.myshopify.com.evil.example"),
      probe("a path", "../x.myshopify.com"),
      probe("a URL", "https://x.myshopify.com/admin"),
      probe("an SQL payload", `x'; ${SQL}.myshopify.com`),
      probe("an HTML payload", `${HTML}.myshopify.com`),
      probe("1 MB", `${"a".repeat(MEGABYTE)}.myshopify.com`),
    ],
    good: good("new-store.myshopify.com", "  New-Store-2.myshopify.com  "),
  };
}

/** A new password (12 to 256 characters). Its confirmation is its own kind: `confirmation`. */
export function newPassword(): Kind {
  return {
    name: "a new password",
    bad: [
      probe("missing", MISSING),
      probe("empty", ""),
      ...everyField("correct horse battery", "another long password"),
      probe("too short", "short"),
      probe("257 characters", "p".repeat(257)),
      probe("1 MB", "p".repeat(MEGABYTE)),
    ],
    good: [],
  };
}

/** The same password again. */
export function confirmation(): Kind {
  return {
    name: "the password again",
    bad: [
      probe("missing", MISSING),
      probe("different", "a different long password"),
      ...everyField("correct horse battery", "another long password"),
      probe("1 MB", "p".repeat(MEGABYTE)),
    ],
    good: [],
  };
}

/**
 * Text whose format a service decides and whose length limit it counts as an attempt (the login
 * form's email and password): only what no keyboard types and what no form sends are refused here.
 */
export function untrustedText(sample: string): Kind {
  return {
    name: "text checked by its service",
    bad: [probe("missing", MISSING), ...everyField(sample, `${sample}2`)],
    good: [],
  };
}

/** An opaque token the app made (offer links), optional; anything else is refused. */
export function optionalToken(max: number): Kind {
  return {
    name: "an optional token",
    bad: [
      ...everyField("token", "other-token"),
      ...tooLong(max),
      probe("forged", "forged-token"),
      probe("an SQL payload", SQL),
      probe("an HTML payload", HTML),
    ],
    good: good(MISSING, ""),
  };
}

const param = (label: string, sent: string): ParamProbe => ({ label, sent });

/**
 * Values for a route parameter naming a row: each must answer 404 (or a 4xx naming it). `others`
 * are rows of another shop or developer, which must answer exactly like unknown ones.
 */
export function rowParam(...others: ParamProbe[]): ParamProbe[] {
  return [
    param("not a UUID", "not-an-id"),
    param("a number", "123"),
    param("a UUID with a bad digit", "00000000-0000-0000-0000-00000000000g"),
    param("an SQL payload", `${randomUUID()}' OR '1'='1`),
    param("an HTML payload", HTML),
    param("a NUL byte", `${randomUUID()}\u0000`),
    param("1 MB", "a".repeat(MEGABYTE)),
    param("an unknown UUID", randomUUID()),
    ...others,
  ];
}

/** Values for a route parameter holding a secret token (password links). */
export function tokenParam(): ParamProbe[] {
  return [
    param("too short", "abc"),
    param("an unknown token", "A".repeat(43)),
    param("an SQL payload", SQL),
    param("an HTML payload", HTML),
    param("a NUL byte", `${"A".repeat(43)}\u0000`),
    param("1 MB", "A".repeat(MEGABYTE)),
  ];
}
