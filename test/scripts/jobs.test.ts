import { describe, expect, test } from "vitest";
import type { LogLine } from "~/jobs/types";
import { ledgerSql } from "~/lib/sql.server";
import { runJobsCommand } from "../../scripts/jobs/cli";
import { clearQueueAfterEach } from "../support/jobs";

clearQueueAfterEach();

function output() {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: { log: (l: string) => lines.push(l), error: (l: string) => errors.push(l) } };
}

const now = () => new Date("2024-08-25T12:00:00Z");

describe("npm run jobs", () => {
  test("--once runs every time-driven job once and exits 0, logging one JSON line per job", async () => {
    const logged: LogLine[] = [];
    const code = await runJobsCommand(["--once"], output().out, { now, log: (line) => logged.push(line) });
    expect(code).toBe(0);
    expect(
      logged
        .filter((line) => line.status === "ok")
        .map((line) => line.job)
        .sort(),
    ).toEqual(["reconcile", "reminders", "sweep"]);
  });

  test("--job runs only the named job; an unknown name exits 2 naming the jobs", async () => {
    const { out, errors } = output();
    const logged: LogLine[] = [];
    expect(await runJobsCommand(["--once", "--job", "sweep"], out, { now, log: (l) => logged.push(l) })).toBe(
      0,
    );
    expect(logged.filter((line) => line.status === "ok").map((line) => line.job)).toEqual(["sweep"]);
    expect(await runJobsCommand(["--once", "--job", "nope"], out)).toBe(2);
    expect(errors).toEqual(['Unknown job "nope". Jobs: reconcile, sweep, reminders.']);
  });

  test("--status lists waiting and failed jobs by state; --retry-failed queues failed ones again", async () => {
    const sql = ledgerSql();
    await sql.query(`SELECT graphile_worker.add_job('email', '{}'::json, job_key := 'email:test:due')`);
    await sql.query(
      `SELECT graphile_worker.add_job('flow_trigger', '{}'::json, job_key := 'flow:test', max_attempts := 1)`,
    );
    await sql.query(
      `UPDATE graphile_worker._private_jobs SET attempts = 1, last_error = 'Flow refused' || E'\\n' || 'at stack'
        WHERE key = 'flow:test'`,
    );
    const { out, lines } = output();
    expect(await runJobsCommand(["--status"], out)).toBe(0);
    const listed = lines.map((l) => JSON.parse(l));
    expect(listed).toContainEqual(
      expect.objectContaining({ task: "email", key: "email:test:due", state: "due" }),
    );
    expect(listed).toContainEqual(
      expect.objectContaining({
        task: "flow_trigger",
        state: "failed",
        attempts: 1,
        lastError: "Flow refused",
      }),
    );
    expect(listed.at(-1)).toEqual({ jobs: { running: 0, due: 1, retrying: 0, scheduled: 0, failed: 1 } });
    expect(lines.join("\n")).not.toContain("payload");
    expect(await runJobsCommand(["--retry-failed"], out)).toBe(0);
    expect(lines.at(-1)).toBe("1 failed jobs queued again.");
    const again = output();
    await runJobsCommand(["--status"], again.out);
    expect(JSON.parse(again.lines.at(-1)!)).toEqual({
      jobs: { running: 0, due: 2, retrying: 0, scheduled: 0, failed: 0 },
    });
  });

  test("without --once it leaves the worker to the script; --job without --once is refused", async () => {
    expect(await runJobsCommand([], output().out)).toBeNull();
    const { out, errors } = output();
    expect(await runJobsCommand(["--job", "sweep"], out)).toBe(2);
    expect(errors[0]).toMatch(/--job goes with --once/);
  });
});
