// npm run jobs: a graphile-worker worker (queued emails and Flow calls, and the time-driven jobs
// on a crontab every JOBS_INTERVAL); --once runs everything due and exits (cron). JSON log lines.
import { env, EnvError } from "../app/env.server";

const KNOWN = ["--once", "--job", "--status", "--retry-failed", "--help"];
const argv = process.argv.slice(2);
const out = { log: (line: string) => console.log(line), error: (line: string) => console.error(line) };

const done = async (code: number): Promise<never> => {
  const { closeEmailTransport } = await import("../app/services/email/transport.server");
  const { closeDatabase } = await import("../app/db.server");
  closeEmailTransport();
  await closeDatabase();
  process.exit(code);
};
// A missing or malformed variable is one line naming it, never a stack trace.
const named = async (error: unknown): Promise<never> => {
  if (!(error instanceof EnvError)) throw error;
  console.error(error.message);
  return done(2);
};

const { USAGE, runJobsCommand } = await import("./jobs/cli").catch(named);
if (argv.some((arg) => arg.startsWith("--") && !KNOWN.includes(arg))) {
  console.error(USAGE);
  process.exit(2);
}
const code = await runJobsCommand(argv, out).catch(named);
if (code !== null) await done(code);

// The worker: until SIGINT or SIGTERM, then a graceful stop (running jobs finish).
const runner = await Promise.resolve()
  .then(async () => {
    const { logEmailSetting } = await import("../app/services/email/config.server");
    const { startWorker } = await import("../app/jobs/worker.server");
    logEmailSetting();
    return startWorker({ intervalMs: env.JOBS_INTERVAL });
  })
  .catch(named);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void runner.stop());
await runner.promise;
await done(0);
