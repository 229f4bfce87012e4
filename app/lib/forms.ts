// The one parsing layer for untrusted input: forms, query strings, route parameters. Every field
// is bounded (lengths, ranges that fit their columns, plain-decimal hours in whole minutes, enums);
// control characters and repeated single-value fields are refused. A failure names each field and
// what is allowed, and the caller writes nothing.
import { z } from "zod";
import { hoursToMinutes } from "../ledger/units";
import { isUuid } from "./ids";
import { fail, type ErrorCode, type FieldError, type Result } from "./result";

/** The fields of a form or query string; a field sent more than once becomes an array. */
export function fieldsOf(source: FormData | URLSearchParams): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of source.entries()) {
    const item = typeof value === "string" ? value : FILE;
    const existing = fields[key];
    if (existing === undefined) fields[key] = item;
    else fields[key] = Array.isArray(existing) ? [...existing, item] : [existing, item];
  }
  return fields;
}

// Files are never expected: a file upload in place of a text field is the wrong type.
const FILE = Symbol("file");

// C0 controls and DEL except tab, line feed and carriage return. NUL is among them (PostgreSQL
// refuses it in text), and so is everything else no keyboard types.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Parses untrusted fields with a schema: the value, or a failure naming every bad field. */
export function parse<S extends z.ZodType>(
  schema: S,
  source: FormData | URLSearchParams | Record<string, unknown>,
): Result<{ data: z.infer<S> }> {
  const fields = source instanceof FormData || source instanceof URLSearchParams ? fieldsOf(source) : source;
  const errors: FieldError[] = [];
  for (const [key, value] of Object.entries(fields)) {
    // Name the field only when its name is a plain word: the name itself is untrusted input.
    const field = /^[\w.-]{1,64}$/.test(key) ? key : "a field";
    const values = Array.isArray(value) ? value : [value];
    if (values.some((v) => typeof v === "string" && CONTROL.test(v)))
      errors.push({
        field,
        message: `${field} contains a control character; remove it and send plain text.`,
      });
    else if (values.includes(FILE)) errors.push({ field, message: `${field} must be text, not a file.` });
  }
  if (errors.length > 0) return fail("invalid_input", errors[0]!.message, { errors });
  const parsed = schema.safeParse(fields);
  if (parsed.success) return { ok: true, data: parsed.data };
  const codes = new Set<ErrorCode>();
  for (const issue of parsed.error.issues) {
    // Forms are flat: an item of a repeated field (settlementId.0) is named by its field as sent.
    const field = issue.path.length > 0 ? String(issue.path[0]) : "form";
    if (errors.some((e) => e.field === field)) continue;
    const sent = issue.path.length > 0 ? fields[field] : undefined;
    errors.push({ field, message: messageOf(issue, field, sent) });
    const code = (issue as { params?: { code?: ErrorCode } }).params?.code;
    codes.add(code ?? "invalid_input");
  }
  const code = codes.size === 1 ? [...codes][0]! : "invalid_input";
  return fail(code, errors[0]!.message, { errors });
}

function messageOf(issue: z.core.$ZodIssue, field: string, sent: unknown): string {
  if (Array.isArray(sent)) return `${field} was sent more than once; send it once.`;
  if (sent === undefined) return `${field} is required.`;
  if (issue.code === "invalid_union" && "options" in issue && Array.isArray(issue.options))
    return `${field} must be one of: ${issue.options.join(", ")}.`;
  return issue.message.startsWith(field) ? issue.message : `${field} ${issue.message}`;
}

// Field builders. Messages follow the field name: "title must be 1 to 200 characters."

/** One line of text, trimmed, `min` to `max` characters. */
export function line(max: number, min = 0) {
  return paragraph(max, min).refine((text) => !/[\r\n]/.test(text), { error: "must be on one line." });
}

/** Text that may span lines (descriptions, notes, reasons), trimmed, at most `max` characters. */
export function paragraph(max: number, min = 0) {
  const bounds = min > 0 ? `${min} to ${max} characters` : `at most ${max} characters`;
  return z
    .string({ error: "must be text." })
    .trim()
    .min(min, { error: `must be ${bounds}.` })
    .max(max, { error: `must be ${bounds}.` });
}

/** Hours as people type them (a plain decimal in whole minutes, e.g. 1.25), as whole minutes. */
export function hours() {
  return z.string({ error: "must be a number of hours, e.g. 1.25." }).transform((text, context) => {
    const parsed = hoursToMinutes(text);
    if (parsed.ok) return parsed.minutes;
    context.addIssue({ code: "custom", message: parsed.message, params: { code: "invalid_hours" } });
    return z.NEVER;
  });
}

/** A row id (a UUID). */
export function id() {
  return z.string({ error: "must be an id." }).refine(isUuid, { error: "must be an id from this page." });
}

/** An email address, lower-cased and trimmed; at most 254 characters (RFC 5321). */
export function email() {
  return z
    .string({ error: "must be an email address." })
    .trim()
    .toLowerCase()
    .max(254, { error: "must be at most 254 characters." })
    .pipe(z.email({ error: "must be an email address, like dev@example.com." }));
}

/** One of the given words. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `must be one of: ${values.join(", ")}.` });
}

/** A whole number from `min` to `max`, written in plain digits. */
export function wholeNumber(min: number, max: number) {
  const message = `must be a whole number from ${min} to ${max}.`;
  return z
    .string({ error: message })
    .trim()
    .regex(/^-?\d{1,12}$/, { error: message })
    .transform(Number)
    .refine((n) => n >= min && n <= max, { error: message });
}

/** A checkbox or switch: "true"/"on" is true, "false" or absent is false. */
export function flag() {
  return z
    .enum(["true", "false", "on"], { error: "must be true or false." })
    .optional()
    .transform((value) => value === "true" || value === "on");
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date "YYYY-MM-DD" between 2000 and 2100 that exists. */
export function calendarDate() {
  return z.string({ error: "must be a date like 2025-01-31." }).refine(
    (text) => {
      const match = DAY.exec(text);
      if (!match) return false;
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const date = new Date(Date.UTC(year, month - 1, day));
      return year >= 2000 && year <= 2100 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    },
    { error: "must be a date like 2025-01-31 (years 2000 to 2100)." },
  );
}

/** A calendar month "YYYY-MM" between 2000 and 2100. */
export function calendarMonth() {
  return z.string({ error: "must be a month like 2025-01." }).regex(/^(20\d{2}|2100)-(0[1-9]|1[0-2])$/, {
    error: "must be a month like 2025-01 (years 2000 to 2100).",
  });
}

/** Dollars as people type them ("85", "85.50", "$1,200"), as whole cents from `min` to `max` dollars. */
export function dollars(min: number, max: number) {
  const message = `must be an amount in dollars from ${min} to ${max}, e.g. 85 or 85.50.`;
  return z
    .string({ error: message })
    .trim()
    .transform((text) => text.replace(/^\$/, "").replace(/,(?=\d{3}(\D|$))/g, ""))
    .refine((text) => /^\d{1,9}(\.\d{1,2})?$/.test(text), { error: message })
    .transform((text) => Math.round(Number(text) * 100))
    .refine((cents) => cents >= min * 100 && cents <= max * 100, { error: message });
}
