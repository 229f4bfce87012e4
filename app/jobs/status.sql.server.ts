import { ledgerSql } from "../lib/sql.server";

/** A job as `npm run jobs -- --status` lists it (never its payload: it may hold a link). */
export interface JobState {
  id: string;
  task: string;
  key: string | null;
  state: "running" | "due" | "retrying" | "scheduled" | "failed";
  attempts: number;
  maxAttempts: number;
  runAt: Date;
  lastError: string | null;
}

const LISTED = 50;

const STATES = `
  SELECT id::text, task_identifier AS task, key, attempts, max_attempts AS "maxAttempts",
         run_at AS "runAt", left(split_part(last_error, E'\\n', 1), 300) AS "lastError",
         CASE WHEN locked_at IS NOT NULL THEN 'running'
              WHEN attempts >= max_attempts THEN 'failed'
              WHEN run_at <= now() THEN 'due'
              WHEN attempts > 0 THEN 'retrying'
              ELSE 'scheduled' END AS state
    FROM graphile_worker.jobs`;

/**
 * Running, due, retrying (failed, waiting for its next attempt), scheduled and failed jobs: how
 * many of each, and the first 50 of each by due time.
 */
export async function jobStates(): Promise<{ counts: Record<JobState["state"], number>; jobs: JobState[] }> {
  const sql = ledgerSql();
  const totals = await sql.query<{ state: JobState["state"]; n: number }>(
    `SELECT state, count(*)::int AS n FROM (${STATES}) j GROUP BY state`,
  );
  const jobs = await sql.query<JobState>(
    `SELECT id, task, key, state, attempts, "maxAttempts", "runAt", "lastError"
       FROM (SELECT *, row_number() OVER (PARTITION BY state ORDER BY "runAt", id) AS n FROM (${STATES}) j) ranked
      WHERE n <= ${LISTED} ORDER BY state, "runAt", id`,
  );
  const counts = { running: 0, due: 0, retrying: 0, scheduled: 0, failed: 0 };
  for (const { state, n } of totals) counts[state] = n;
  return { counts, jobs };
}

/** Queues every job that ran out of attempts again, with fresh attempts; returns how many. */
export async function retryFailedJobs(): Promise<number> {
  const rows = await ledgerSql().query<{ id: string }>(
    `SELECT id::text FROM graphile_worker.reschedule_jobs(
       ARRAY(SELECT id FROM graphile_worker.jobs WHERE attempts >= max_attempts AND locked_at IS NULL),
       run_at := now(), attempts := 0)`,
  );
  return rows.length;
}
