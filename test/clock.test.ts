import { afterEach, expect, test, vi } from "vitest";
import { clockOffsetMs, now, setClockOffset, setClockTo } from "~/clock.server";

afterEach(() => {
  vi.unstubAllEnvs();
  setClockOffset(0);
});

test("the clock tells real time until the preview moves it", () => {
  expect(clockOffsetMs()).toBe(0);
  expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(50);
});

test("moving the clock to a date makes now() answer that date and keeps it ticking", () => {
  setClockTo(new Date("2024-08-25T12:00:00Z"));
  const first = now().getTime();
  expect(Math.abs(first - Date.parse("2024-08-25T12:00:00Z"))).toBeLessThan(50);
  expect(clockOffsetMs()).toBeLessThan(0);
});

test("the offset is shared by every copy of the clock module (the preview and the app's build)", async () => {
  setClockOffset(86_400_000);
  vi.resetModules();
  const copy = await import("~/clock.server");
  expect(copy.clockOffsetMs()).toBe(86_400_000);
});

test("production refuses to move the clock", () => {
  vi.stubEnv("NODE_ENV", "production");
  expect(() => setClockOffset(1000)).toThrow(/cannot be moved in production/);
  expect(clockOffsetMs()).toBe(0);
});

test("a non-numeric offset is refused", () => {
  expect(() => setClockOffset(Number.NaN)).toThrow(/must be a number/);
});
