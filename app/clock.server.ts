// The app's "now". Routes and services take the time from here (the ledger takes it as an
// argument), so that the local preview can show the product at another date: expiry banners,
// retention windows. Only the preview moves it (docs/decisions/041-settable-clock.md);
// production never does, and refuses to.

// The offset lives on globalThis: the preview sets it from its own copy of this module while the
// app runs from the bundled build, and both must see one clock.
const OFFSET = Symbol.for("support-packs.clock.offset-ms");
type ClockGlobal = typeof globalThis & { [OFFSET]?: number };

/** The current time, shifted by the preview's offset (none in production). */
export function now(): Date {
  return new Date(Date.now() + clockOffsetMs());
}

/** How far the clock is moved from real time, in milliseconds (0 unless the preview moved it). */
export function clockOffsetMs(): number {
  return (globalThis as ClockGlobal)[OFFSET] ?? 0;
}

/** Moves the clock so that `now()` answers `at` (preview only). */
export function setClockTo(at: Date): void {
  setClockOffset(at.getTime() - Date.now());
}

/** Sets the clock's offset from real time (preview only; production refuses). */
export function setClockOffset(ms: number): void {
  if (process.env.NODE_ENV === "production")
    throw new Error("The clock cannot be moved in production: only the local preview moves it.");
  if (!Number.isFinite(ms)) throw new Error(`Clock offset must be a number of milliseconds, got ${ms}.`);
  (globalThis as ClockGlobal)[OFFSET] = Math.round(ms);
}
