import type { Failure } from "./types";

const EPSILON = 1e-9;
// A plain decimal number: digits with at most one decimal point. Refuses what Number() would
// otherwise accept (1e1, 0x10, 0b11, Infinity) and what people mistype (1,5, 2h).
const PLAIN_DECIMAL = /^\d*\.?\d+$/;

/** The most one task (a quote's estimate, its actual time, one time entry) may take: 1,000 h. */
export const MAX_TASK_MINUTES = 1_000 * 60;

/** Converts hours typed by a person into whole minutes, or an `invalid_hours` failure. */
export function hoursToMinutes(
  input: number | string,
): { ok: true; minutes: number } | Failure<"invalid_hours"> {
  const text = typeof input === "string" ? input.trim() : String(input);
  const hours = typeof input === "string" ? (PLAIN_DECIMAL.test(text) ? Number(text) : Number.NaN) : input;
  if (!Number.isFinite(hours) || hours <= 0) {
    return invalidHours(`"${clip(text)}" is not a positive number of hours; use whole minutes, e.g. 1.25 h.`);
  }
  const exact = hours * 60;
  const minutes = Math.round(exact);
  if (exact > MAX_TASK_MINUTES) {
    return invalidHours(
      `${clip(text)} h is more than one task can take (at most ${MAX_TASK_MINUTES / 60} h); split the work, e.g. 1.25 h.`,
    );
  }
  if (Math.abs(exact - minutes) > EPSILON || minutes < 1) {
    return invalidHours(`${clip(text)} h is not a whole number of minutes; use whole minutes, e.g. 1.25 h.`);
  }
  return { ok: true, minutes };
}

// Echo at most a few characters of what was typed: a megabyte of input is not a message.
function clip(text: string): string {
  return text.length > 20 ? `${text.slice(0, 20)}…` : text;
}

/** Minutes as hours rounded to 2 decimals (for display and the simulator). */
export function minutesToHours(minutes: number): number {
  return Math.round((minutes * 100) / 60) / 100;
}

function invalidHours(message: string): Failure<"invalid_hours"> {
  return { ok: false, code: "invalid_hours", message };
}
