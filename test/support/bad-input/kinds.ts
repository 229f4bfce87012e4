// Field kinds for the bad-input matrix: for each kind, the values that must be refused (a 4xx
// naming the field, nothing written) and the values that must be accepted. A value is bad only
// if it is bad for every field of its kind: an SQL payload is a fine quote title, an empty
// description is fine, so they are good values of those kinds, never bad ones.
import { randomUUID } from "node:crypto";
import { encodeCursor } from "~/lib/pages";
import {
  everyField,
  good,
  HTML,
  MEGABYTE,
  MISSING,
  probe,
  required,
  SQL,
  tooLong,
  type Kind,
  type Probe,
  type Sent,
} from "./probes";

export * from "./ids";
export * from "./numbers";
export * from "./probes";

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

/** Text that may span lines and must be given (a dispute's or a resolution's reason), 1 to `max` characters. */
export function requiredParagraph(max: number): Kind {
  return {
    name: `text of 1 to ${max} characters`,
    bad: [...required(), ...everyField("Some text", "Other text"), ...tooLong(max)],
    good: good("Line one\nline two\r\n\ttabbed", SQL, HTML, "Café ☕", "x".repeat(max)),
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

/**
 * A list's `cursor` query parameter (app/lib/pages.ts): optional; only a cursor this list's own
 * links make is accepted, one pointing at no row included (an empty page).
 */
export function cursor(keyKind: "time" | "int", idKind: "uuid" | "int"): Kind {
  const key = keyKind === "time" ? "1767614400000" : "7";
  const own = (rowId: string) => encodeCursor({ direction: "after", key, id: rowId });
  const sample = own(idKind === "uuid" ? randomUUID() : "7");
  const otherKind = encodeCursor({
    direction: "after",
    key: keyKind === "time" ? "7" : "1767614400000000",
    id: idKind === "uuid" ? "7" : randomUUID(),
  });
  return {
    name: "an optional list cursor",
    bad: [
      ...everyField(sample, own(idKind === "uuid" ? randomUUID() : "8")),
      ...tooLong(300),
      probe("empty", ""),
      probe("forged", "forged-token"),
      probe("with base64 padding", `${sample}=`),
      probe("another list's cursor", otherKind),
      probe("an SQL payload", SQL),
      probe("an HTML payload", HTML),
      probe("plain JSON", '{"id":1}'),
    ],
    good: good(MISSING, () => own(idKind === "uuid" ? randomUUID() : "7")),
  };
}
