import type { AdminFor } from "../services/offline-admin.server";

/** One structured log line (written as JSON). */
export type LogLine = Record<string, unknown> & { level?: "info" | "error" };
export type Log = (line: LogLine) => void;

/** What every task gets: the clock, the log, and Shopify. Tests pass their own. */
export interface JobContext {
  now: () => Date;
  log: Log;
  adminFor: AdminFor;
}

/** Time-driven work run by the crontab (and `npm run jobs -- --once`): idempotent, safe anywhere. */
export interface TimeJob {
  name: "reconcile" | "sweep" | "reminders";
  run: (context: JobContext) => Promise<Record<string, number>>;
}
