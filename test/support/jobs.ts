// The graphile-worker queue in tests: what is queued, making retries due, and a clean queue.
import { afterEach } from "vitest";
import { ledgerSql } from "~/lib/sql.server";

export interface QueuedJob {
  id: string;
  task: string;
  key: string | null;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  runAt: Date;
}

/** Every job still in the queue (waiting, retrying or failed), oldest first. */
export function queuedJobs(task?: string): Promise<QueuedJob[]> {
  return ledgerSql().query<QueuedJob>(
    `SELECT j.id::text, t.identifier AS task, j.key, j.payload, j.attempts, j.max_attempts AS "maxAttempts",
            j.last_error AS "lastError", j.run_at AS "runAt"
       FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
      WHERE $1::text IS NULL OR t.identifier = $1 ORDER BY j.id`,
    [task ?? null],
  );
}

/** Makes every job waiting for a retry due now, as if its backoff had passed. */
export async function backoffPasses(): Promise<void> {
  await ledgerSql().query(
    `SELECT graphile_worker.reschedule_jobs(ARRAY(SELECT id FROM graphile_worker.jobs WHERE locked_at IS NULL),
                                             run_at := now())`,
  );
}

/** Empties the queue (a test's setup may queue emails it does not test). */
export async function clearQueue(): Promise<void> {
  await ledgerSql().execute("DELETE FROM graphile_worker._private_jobs");
}

/** Empties the queue after each test of this file, so that no job outlives its test. */
export function clearQueueAfterEach() {
  afterEach(clearQueue);
}
