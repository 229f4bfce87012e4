import { errorMessage } from "../../app/jobs/log.server";
import { jobStates, retryFailedJobs } from "../../app/jobs/status.sql.server";
import { selectTimeJobs } from "../../app/jobs/tasks.server";
import type { JobContext } from "../../app/jobs/types";
import { runDue } from "../../app/jobs/worker.server";

export const USAGE = `usage: npm run jobs -- [--once [--job NAME]...] | --status | --retry-failed
  (nothing)       a worker: runs queued emails and Flow calls as they come, and the time-driven
                  jobs (reconcile, sweep, reminders) every JOBS_INTERVAL (default 5m)
  --once          queue the time-driven jobs (or each --job NAME), run everything due, and exit:
                  for cron or a platform scheduler (exit 1 when a job failed)
  --status        list running, due, retrying, scheduled and failed jobs
  --retry-failed  queue the jobs that ran out of attempts again`;

interface Output {
  log: (line: string) => void;
  error: (line: string) => void;
}

function jobNames(argv: string[]): string[] {
  return argv.flatMap((arg, i) => (arg === "--job" && argv[i + 1] ? [argv[i + 1] as string] : []));
}

/** Runs the jobs' one-shot commands; returns the exit code, or null for the worker. */
export async function runJobsCommand(argv: string[], out: Output, context: Partial<JobContext> = {}) {
  if (argv.includes("--help")) {
    out.log(USAGE);
    return 0;
  }
  if (argv.includes("--status")) {
    const { counts, jobs } = await jobStates();
    for (const job of jobs) out.log(JSON.stringify(job));
    out.log(JSON.stringify({ jobs: counts }));
    return 0;
  }
  if (argv.includes("--retry-failed")) {
    out.log(`${await retryFailedJobs()} failed jobs queued again.`);
    return 0;
  }
  const names = jobNames(argv);
  try {
    selectTimeJobs(names);
  } catch (error) {
    out.error(errorMessage(error));
    return 2;
  }
  if (!argv.includes("--once")) {
    if (names.length === 0) return null;
    out.error("--job goes with --once: the worker runs every job on its crontab.");
    return 2;
  }
  const run = await runDue({ jobs: names, context });
  return run.failed > 0 ? 1 : 0;
}
