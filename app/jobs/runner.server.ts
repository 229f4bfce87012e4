import { hostname } from "node:os";
import { randomUUID } from "node:crypto";
import { acquireLease, releaseLease, renewLease } from "../services/jobs/lease.server";
import * as clock from "../clock.server";
import { offlineAdmin, type AdminFor } from "../services/offline-admin.server";
import type { Job, Log, LogLine } from "./types";

export interface RunOptions {
  now?: () => Date;
  log?: Log;
  adminFor?: AdminFor;
  /** Who holds the leases (default: host, process and a random suffix). */
  holder?: string;
}

/** What one job's run came to. */
export interface JobRun {
  job: string;
  status: "ok" | "failed" | "skipped";
  ms: number;
  counts: Record<string, number>;
}

/** Writes one JSON line: errors to stderr, everything else to stdout. */
export const jsonLog: Log = (line) => {
  const text = `${JSON.stringify({ time: clock.now().toISOString(), level: "info", ...line })}\n`;
  (line.level === "error" ? process.stderr : process.stdout).write(text);
};

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs one job under its lease. When another instance holds the lease the job is skipped (it is
 * running there); a thrown error is logged and recorded, never rethrown.
 */
export async function runJob(job: Job, options: RunOptions = {}): Promise<JobRun> {
  const now = options.now ?? clock.now;
  const log = options.log ?? jsonLog;
  const holder = options.holder ?? `${hostname()}/${process.pid}/${randomUUID().slice(0, 8)}`;
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  if (!(await acquireLease(job.name, holder, now(), job.leaseMs))) {
    const run: JobRun = { job: job.name, status: "skipped", ms: elapsed(), counts: {} };
    log({ ...run, reason: "another runner holds the lease" });
    return run;
  }
  const jobLog: Log = (line: LogLine) => log({ job: job.name, ...line });
  try {
    const counts = await job.run({
      now,
      log: jobLog,
      adminFor: options.adminFor ?? offlineAdmin,
      renew: () => renewLease(job.name, holder, now(), job.leaseMs),
    });
    await releaseLease(job.name, holder, now(), { status: "ok", counts });
    const run: JobRun = { job: job.name, status: "ok", ms: elapsed(), counts };
    log({ ...run });
    return run;
  } catch (error) {
    await releaseLease(job.name, holder, now(), { status: "failed", counts: {}, error: message(error) });
    const run: JobRun = { job: job.name, status: "failed", ms: elapsed(), counts: {} };
    log({ ...run, level: "error", error: message(error) });
    return run;
  }
}

/** Runs the jobs one after another (their order matters: see app/jobs/index.server.ts). */
export async function runJobs(jobs: readonly Job[], options: RunOptions = {}): Promise<JobRun[]> {
  const runs: JobRun[] = [];
  for (const job of jobs) runs.push(await runJob(job, options));
  return runs;
}
