import type { Sql } from "../../lib/sql.server";

/** The graphile-worker tasks (app/jobs/tasks.server.ts implements them). */
export const TASKS = {
  reconcile: "reconcile",
  sweep: "sweep",
  reminders: "reminders",
  flowTrigger: "flow_trigger",
  email: "email",
  connectionRequest: "connection_request",
} as const;
export type TaskName = (typeof TASKS)[keyof typeof TASKS];

/**
 * Attempts before a message job is kept as failed: graphile-worker waits e^n seconds after the
 * nth failure (3 s, 7 s, 20 s ... 2.3 h, 6.1 h), so 10 attempts retry for about 9 hours.
 */
export const MESSAGE_MAX_ATTEMPTS = 10;

/** One job to queue: its task, its payload, and the key that keeps one pending copy of it. */
export interface JobSpec {
  task: TaskName;
  payload: Record<string, unknown>;
  /** Queuing the same key again while the job waits replaces it: one job, never two. */
  key: string;
  maxAttempts?: number;
}

// graphile-worker's own SQL function, so that a job is queued in the caller's transaction: a
// rolled-back change queues nothing, a committed one always has its job.
const ADD_JOBS = `
  SELECT count(*)::int AS queued FROM graphile_worker.add_jobs(ARRAY(
    SELECT ROW(task, payload, NULL, NULL, attempts, key, NULL, NULL)::graphile_worker.job_spec
      FROM unnest($1::text[], $2::json[], $3::int[], $4::text[]) AS v(task, payload, attempts, key)))`;

/** Queues jobs on `sql` (the caller's transaction, or a plain connection). */
export async function addJobs(sql: Sql, specs: readonly JobSpec[]): Promise<void> {
  if (specs.length === 0) return;
  await sql.query(ADD_JOBS, [
    specs.map((spec) => spec.task),
    specs.map((spec) => JSON.stringify(spec.payload)),
    specs.map((spec) => spec.maxAttempts ?? MESSAGE_MAX_ATTEMPTS),
    specs.map((spec) => spec.key),
  ]);
}
