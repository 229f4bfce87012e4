// Moving the preview's clock (app/clock.server.ts): from the command line (--at, --shift-days)
// and from the emulated admin's control (POST /preview/clock).
import * as clock from "~/clock.server";

const DAY_MS = 86_400_000;

/** "2024-08-25" (noon UTC, clear of every time zone's midnight) or a full ISO instant. */
export function parseInstant(value: string): Date | null {
  const text = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

export type ClockChange = { at: string } | { shiftDays: number } | { reset: true };

/** Applies a change; returns an error message for a bad one. */
export function changeClock(change: ClockChange): string | null {
  if ("reset" in change) {
    clock.setClockOffset(0);
    return null;
  }
  if ("shiftDays" in change) {
    if (!Number.isFinite(change.shiftDays)) return "shiftDays must be a number of days.";
    clock.setClockOffset(clock.clockOffsetMs() + change.shiftDays * DAY_MS);
    return null;
  }
  const at = parseInstant(change.at);
  if (!at) return `"${change.at}" is not a date: use YYYY-MM-DD or an ISO instant.`;
  clock.setClockTo(at);
  return null;
}

/** Reads a change from a request body: {at}, {shiftDays} or {reset}. */
export function clockChangeFrom(body: unknown): ClockChange | null {
  const value = (body ?? {}) as Record<string, unknown>;
  if (value.reset) return { reset: true };
  if (typeof value.at === "string") return { at: value.at };
  if (value.shiftDays !== undefined) return { shiftDays: Number(value.shiftDays) };
  return null;
}

/** The clock as the admin and the API show it. */
export function clockState() {
  const offsetMs = clock.clockOffsetMs();
  return { now: clock.now(), offsetMs, offsetDays: Math.round(offsetMs / DAY_MS) };
}
