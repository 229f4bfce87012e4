import { afterEach, describe, expect, test, vi } from "vitest";
import { scheduleJobs, startJobsInProcess } from "~/jobs/scheduler.server";

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("running the jobs inside the web process", () => {
  test("runs after a short delay, then every interval after the previous run ends, until stopped", async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, "random").mockReturnValue(1); // the longest first delay: 10 s
    let runs = 0;
    const stop = scheduleJobs(60_000, async () => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 20_000));
    });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(20_000 + 59_000);
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(runs).toBe(2);
    stop();
    await vi.advanceTimersByTimeAsync(600_000);
    expect(runs).toBe(2);
  });

  test("does not start without JOBS_INTERVAL, nor under test unless asked through scheduleJobs", () => {
    expect(startJobsInProcess({ NODE_ENV: "production", JOBS_INTERVAL: undefined })).toBe(false);
    expect(startJobsInProcess({ NODE_ENV: "test", JOBS_INTERVAL: 60_000 })).toBe(false);
    expect(globalThis.supportPacksJobs).toBeUndefined();
  });
});
