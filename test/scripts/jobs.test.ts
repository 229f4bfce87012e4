import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { runJobsCommand } from "../../scripts/jobs/cli";

function output() {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: { log: (l: string) => lines.push(l), error: (l: string) => errors.push(l) } };
}

const now = () => new Date("2024-08-25T12:00:00Z");

describe("npm run jobs", () => {
  test("--once runs every job once and exits 0, logging one JSON line per job", async () => {
    const { out } = output();
    const logged: Record<string, unknown>[] = [];
    const code = await runJobsCommand(["--once"], out, { now, log: (line) => logged.push(line) });
    expect(code).toBe(0);
    expect(logged.map((line) => [line.job, line.status])).toEqual([
      ["reconcile", "ok"],
      ["sweep", "ok"],
      ["reminders", "ok"],
      ["deliveries", "ok"],
    ]);
  });

  test("--job runs only the named job; an unknown name exits 2 naming the jobs", async () => {
    const { out, errors } = output();
    const logged: Record<string, unknown>[] = [];
    expect(await runJobsCommand(["--once", "--job", "sweep"], out, { now, log: (l) => logged.push(l) })).toBe(
      0,
    );
    expect(logged.map((line) => line.job)).toEqual(["sweep"]);
    expect(await runJobsCommand(["--once", "--job", "nope"], out)).toBe(2);
    expect(errors).toEqual(['Unknown job "nope". Jobs: reconcile, sweep, reminders, deliveries.']);
  });

  test("--status prints each job's last run; --retry-failed queues failed deliveries again", async () => {
    await runJobsCommand(["--once", "--job", "sweep"], output().out, { now, log: () => {} });
    const { out, lines } = output();
    expect(await runJobsCommand(["--status"], out)).toBe(0);
    expect(lines.map((l) => JSON.parse(l))).toContainEqual(
      expect.objectContaining({ job: "sweep", lastStatus: "ok", lockedUntil: null }),
    );
    expect(lines.at(-1)).toBe(JSON.stringify({ deliveries: {} }));
    expect(await runJobsCommand(["--retry-failed"], out)).toBe(0);
    expect(lines.at(-1)).toBe("0 failed deliveries queued again.");
    expect(await prisma.jobLease.count()).toBeGreaterThan(0);
  });

  test("without --once it leaves the worker loop to the script", async () => {
    expect(await runJobsCommand([], output().out)).toBeNull();
  });
});
