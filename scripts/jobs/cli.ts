import { selectJobs } from "../../app/jobs/index.server";
import { runJobs, type RunOptions } from "../../app/jobs/runner.server";
import { jobStatuses } from "../../app/services/jobs/lease.server";
import { deliveryCounts, retryFailed } from "../../app/services/reminders/outbox.server";

export const USAGE = `usage: npm run jobs -- [--once] [--job NAME]... | --status | --retry-failed
  --once          run every job (or each --job NAME) once and exit: for cron or a scheduler
  (no --once)     run them every JOBS_INTERVAL until stopped: a worker process
  --status        print each job's last run and the reminder deliveries by status
  --retry-failed  queue the reminder deliveries that ran out of attempts again`;

interface Output {
  log: (line: string) => void;
  error: (line: string) => void;
}

function jobNames(argv: string[]): string[] {
  return argv.flatMap((arg, i) => (arg === "--job" && argv[i + 1] ? [argv[i + 1] as string] : []));
}

/** Runs the jobs' one-shot commands; returns the exit code, or null for the worker loop. */
export async function runJobsCommand(argv: string[], out: Output, options: RunOptions = {}) {
  const now = options.now ?? (() => new Date());
  if (argv.includes("--help")) {
    out.log(USAGE);
    return 0;
  }
  if (argv.includes("--status")) {
    for (const lease of await jobStatuses()) {
      const { job, lastStatus, lastStartedAt, lastFinishedAt, lastCounts, lastError, lockedUntil } = lease;
      out.log(
        JSON.stringify({
          job,
          lastStatus,
          lastStartedAt,
          lastFinishedAt,
          lastCounts,
          lastError,
          lockedUntil,
        }),
      );
    }
    out.log(JSON.stringify({ deliveries: await deliveryCounts() }));
    return 0;
  }
  if (argv.includes("--retry-failed")) {
    out.log(`${await retryFailed(now())} failed deliveries queued again.`);
    return 0;
  }
  let jobs;
  try {
    jobs = selectJobs(jobNames(argv));
  } catch (error) {
    out.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  if (!argv.includes("--once")) return null;
  const runs = await runJobs(jobs, options);
  return runs.some((run) => run.status === "failed") ? 1 : 0;
}
