import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { runJob, runJobs } from "~/jobs/runner.server";
import type { Job, LogLine } from "~/jobs/types";

const now = () => new Date("2024-08-25T12:00:00Z");
let names = 0;

/** A job that counts its runs and takes `ms` to finish. */
function countingJob(ms = 200) {
  names += 1;
  const job = {
    name: `counting-${names}`,
    leaseMs: 60_000,
    runs: 0,
    async run() {
      job.runs += 1;
      await new Promise((resolve) => setTimeout(resolve, ms));
      return { runs: job.runs };
    },
  };
  return job;
}

describe("the job runner", () => {
  test("two runners at once: the job runs once, the other skips it", async () => {
    const job = countingJob();
    const lines: LogLine[] = [];
    const log = (line: LogLine) => lines.push(line);
    const runs = await Promise.all([
      runJob(job, { now, log, holder: "instance-a" }),
      runJob(job, { now, log, holder: "instance-b" }),
    ]);
    expect(job.runs).toBe(1);
    expect(runs.map((r) => r.status).sort()).toEqual(["ok", "skipped"]);
    expect(lines.find((l) => l.status === "ok")).toMatchObject({ job: job.name, counts: { runs: 1 } });
    expect(lines.find((l) => l.status === "skipped")).toMatchObject({
      reason: "another runner holds the lease",
    });
    expect(typeof lines[0]!.ms).toBe("number");
    // Released afterwards: the next run goes ahead, and the lease records it.
    expect((await runJob(job, { now, log })).status).toBe("ok");
    expect(await prisma.jobLease.findUniqueOrThrow({ where: { job: job.name } })).toMatchObject({
      holder: null,
      lockedUntil: null,
      lastStatus: "ok",
      lastCounts: { runs: 2 },
    });
  });

  test("a lease left by a crashed runner is taken over once it runs out", async () => {
    const job = countingJob(0);
    await prisma.jobLease.create({
      data: { job: job.name, holder: "crashed", lockedUntil: new Date("2024-08-25T12:00:30Z") },
    });
    expect((await runJob(job, { now, log: () => {} })).status).toBe("skipped");
    expect((await runJob(job, { now: () => new Date("2024-08-25T12:01:00Z"), log: () => {} })).status).toBe(
      "ok",
    );
  });

  test("a failing job is logged as an error and recorded; the jobs after it still run", async () => {
    const failing: Job = {
      name: `failing-${names++}`,
      leaseMs: 60_000,
      run: async () => {
        throw new Error("database unreachable");
      },
    };
    const after = countingJob(0);
    const lines: LogLine[] = [];
    const runs = await runJobs([failing, after], { now, log: (line) => lines.push(line) });
    expect(runs.map((r) => r.status)).toEqual(["failed", "ok"]);
    expect(lines[0]).toMatchObject({ job: failing.name, level: "error", error: "database unreachable" });
    expect(await prisma.jobLease.findUniqueOrThrow({ where: { job: failing.name } })).toMatchObject({
      lastStatus: "failed",
      lastError: "database unreachable",
      holder: null,
    });
  });

  test("a job keeps its lease by renewing it, and learns when it lost it", async () => {
    const renewed: boolean[] = [];
    const job: Job = {
      name: `renewing-${names++}`,
      leaseMs: 60_000,
      run: async ({ renew }) => {
        renewed.push(await renew());
        await prisma.jobLease.update({ where: { job: job.name }, data: { holder: "someone else" } });
        renewed.push(await renew());
        return {};
      },
    };
    await runJob(job, { now, log: () => {} });
    expect(renewed).toEqual([true, false]);
  });
});
