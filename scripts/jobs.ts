// npm run jobs -- --once: runs every time-driven job once and exits (cron); without --once it
// runs them every JOBS_INTERVAL until stopped. Logs JSON lines. See scripts/jobs/cli.ts.
import { closeDatabase } from "../app/db.server";
import { env } from "../app/env.server";
import { JOBS, selectJobs } from "../app/jobs/index.server";
import { runJobs } from "../app/jobs/runner.server";
import { USAGE, runJobsCommand } from "./jobs/cli";

const argv = process.argv.slice(2);
const out = { log: (line: string) => console.log(line), error: (line: string) => console.error(line) };
const code = await runJobsCommand(argv, out);
if (code !== null) {
  await closeDatabase();
  process.exit(code);
}

// The worker loop: one run at a time, every JOBS_INTERVAL, until SIGINT or SIGTERM.
if (!env.JOBS_INTERVAL) {
  console.error(`JOBS_INTERVAL is not set: use --once, or set it to run as a worker.\n${USAGE}`);
  process.exit(2);
}
const interval = env.JOBS_INTERVAL;
const names = argv.filter((_, i) => argv[i - 1] === "--job");
const jobs = names.length > 0 ? selectJobs(names) : JOBS;
let stopping = false;
let wake = () => {};
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stopping = true;
    wake();
  });
}
while (!stopping) {
  await runJobs(jobs);
  await new Promise<void>((resolve) => {
    wake = resolve;
    setTimeout(resolve, interval);
  });
}
await closeDatabase();
