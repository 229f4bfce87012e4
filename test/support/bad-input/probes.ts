// What the bad-input matrix sends: a probe is one value for one field (or its absence, a file,
// the field twice); a kind is the probes every field of that kind must refuse and the values it
// must accept (test/support/bad-input/kinds.ts).

/** The field is left out of the form. */
export const MISSING = Symbol("missing");
/** The field is sent twice: its valid value, then `repeated` (another value). */
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

export const MEGABYTE = 1024 * 1024;
export const probe = (label: string, sent: Sent): Probe => ({ label, sent });
/** Good values; a function when each use needs its own (unique addresses). */
export const good = (...values: (Sent | (() => Sent))[]) =>
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
/** Missing, empty and blank: refused by every required field. */
export const required = (): Probe[] => [probe("missing", MISSING), probe("empty", ""), probe("blank", "   ")];
/** One character over the limit, and a megabyte. */
export const tooLong = (max: number): Probe[] => [
  probe(`${max + 1} characters`, "x".repeat(max + 1)),
  probe("1 MB", "x".repeat(MEGABYTE)),
];
