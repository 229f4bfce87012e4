import { describe, expect, test } from "vitest";
import { startJobsInProcess } from "~/jobs/in-process.server";
import { crontabFor, startWorker } from "~/jobs/worker.server";
import { addJobs } from "~/services/jobs/queue.sql.server";
import { ledgerSql } from "~/lib/sql.server";
import type { LogLine } from "~/jobs/types";
import { clearQueueAfterEach, queuedJobs } from "../support/jobs";

clearQueueAfterEach();

describe("the worker", () => {
  test("runs the time-driven jobs on a crontab stepping by JOBS_INTERVAL, one keyed copy each", () => {
    expect(crontabFor(5 * 60_000).split("\n")).toEqual([
      "*/5 * * * * reconcile ?jobKey=reconcile&max=5",
      "*/5 * * * * sweep ?jobKey=sweep&max=5",
      "*/5 * * * * reminders ?jobKey=reminders&max=5",
    ]);
    expect(crontabFor(6 * 3_600_000)).toMatch(/^0 \*\/6 \* \* \* reconcile/);
    expect(crontabFor(24 * 3_600_000)).toMatch(/^0 0 \* \* \* reconcile/);
  });

  test("runs a job as soon as it is queued, until stopped", async () => {
    const lines: LogLine[] = [];
    const runner = await startWorker({
      context: { now: () => new Date("2024-08-25T12:00:00Z"), log: (line) => lines.push(line) },
    });
    try {
      await addJobs(ledgerSql(), [{ task: "sweep", payload: {}, key: "sweep" }]);
      // The job logs its success, then the worker records it: wait for both.
      const done = async () =>
        lines.some((l) => l.job === "sweep" && l.status === "ok") && (await queuedJobs("sweep")).length === 0;
      for (let i = 0; i < 100 && !(await done()); i++)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(lines).toContainEqual(expect.objectContaining({ job: "sweep", status: "ok" }));
      expect(await queuedJobs("sweep")).toEqual([]);
    } finally {
      await runner.stop();
    }
  });

  test("does not start inside the web process without JOBS_INTERVAL, nor under test", () => {
    expect(startJobsInProcess({ NODE_ENV: "production", JOBS_INTERVAL: undefined })).toBe(false);
    expect(startJobsInProcess({ NODE_ENV: "test", JOBS_INTERVAL: 60_000 })).toBe(false);
    expect(globalThis.supportPacksWorker).toBeUndefined();
  });
});
