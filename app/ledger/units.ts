import type { Failure } from "./types";

const EPSILON = 1e-9;

/** Converts hours typed by a person into whole minutes, or an `invalid_hours` failure. */
export function hoursToMinutes(
  input: number | string,
): { ok: true; minutes: number } | Failure<"invalid_hours"> {
  const text = typeof input === "string" ? input.trim() : String(input);
  const hours = typeof input === "string" ? (text === "" ? Number.NaN : Number(text)) : input;
  if (!Number.isFinite(hours) || hours <= 0) {
    return invalidHours(`"${text}" is not a positive number of hours; use whole minutes, e.g. 1.25 h.`);
  }
  const exact = hours * 60;
  const minutes = Math.round(exact);
  if (Math.abs(exact - minutes) > EPSILON || minutes < 1) {
    return invalidHours(`${text} h is not a whole number of minutes; use whole minutes, e.g. 1.25 h.`);
  }
  if (!Number.isSafeInteger(minutes)) {
    return invalidHours(`${text} h is too large; enter the hours of one task, e.g. 1.25 h.`);
  }
  return { ok: true, minutes };
}

/** Minutes as hours rounded to 2 decimals (for display and the simulator). */
export function minutesToHours(minutes: number): number {
  return Math.round((minutes * 100) / 60) / 100;
}

/** Minutes as a short hours label: "2 h", "2.5 h", "1.25 h". */
export function formatHours(minutes: number): string {
  return `${minutesToHours(minutes)} h`;
}

function invalidHours(message: string): Failure<"invalid_hours"> {
  return { ok: false, code: "invalid_hours", message };
}
