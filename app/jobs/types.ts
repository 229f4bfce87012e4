import type { AdminFor } from "../services/offline-admin.server";

/** One structured log line (written as JSON). */
export type LogLine = Record<string, unknown> & { level?: "info" | "error" };
export type Log = (line: LogLine) => void;

/** What a job gets from the runner: the clock, the log, Shopify, and a way to keep its lease. */
export interface JobContext {
  now: () => Date;
  log: Log;
  adminFor: AdminFor;
  /** Extends the job's lease; long jobs call it between batches. False: the lease was lost. */
  renew: () => Promise<boolean>;
}

/** A unit of time-driven work: idempotent, safe to run again or from another instance. */
export interface Job {
  name: string;
  /** How long one run may hold the lease before another instance may take over. */
  leaseMs: number;
  run: (context: JobContext) => Promise<Record<string, number>>;
}
