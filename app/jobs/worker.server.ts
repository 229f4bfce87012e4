import { EventEmitter } from "node:events";
import { run, runOnce, type Runner, type WorkerEvents } from "graphile-worker";
import * as clock from "../clock.server";
import { database } from "../db.server";
import { addJobs } from "../services/jobs/queue.sql.server";
import { ledgerSql } from "../lib/sql.server";
import type { AdminFor } from "../services/offline-admin.server";
import { jsonLog, workerLogger } from "./log.server";
import { selectTimeJobs, taskList, TIME_JOBS } from "./tasks.server";
import type { JobContext } from "./types";

/** Jobs one worker process runs at once: message jobs wait on the network, not the CPU. */
export const CONCURRENCY = 4;
/** How often the time-driven jobs run when JOBS_INTERVAL does not say. */
export const DEFAULT_INTERVAL_MS = 5 * 60_000;
/** A failed time-driven job is tried again this many times before the next tick replaces it. */
const TIME_JOB_MAX_ATTEMPTS = 5;

// Loaded on first use: the Shopify configuration is read only by a task that calls Shopify, so
// `npm run jobs -- --status` works without it.
const offlineAdmin: AdminFor = async (shop) =>
  (await import("../services/offline-admin.server")).offlineAdmin(shop);

function contextOf(overrides: Partial<JobContext> = {}): JobContext {
  return { now: clock.now, log: jsonLog, adminFor: offlineAdmin, ...overrides };
}

/**
 * The worker runs on the process's one pool (docs/decisions/055). graphile-worker keeps one
 * connection for LISTEN and takes one per job it fetches or completes, while the jobs' own
 * queries take theirs: running more jobs at once than the pool has connections left after those
 * two would make jobs wait on each other, so concurrency is held below that.
 */
function sharedPool(concurrency: number) {
  const pgPool = database().pool;
  const spare = pgPool.options.max - 2;
  if (spare < 1)
    throw new Error(`The job worker needs DATABASE_POOL_MAX of at least 3 (it is ${pgPool.options.max}).`);
  return { pgPool, concurrency: Math.min(concurrency, spare), preset: RECORD_BEFORE_RETURNING };
}

/**
 * graphile-worker records a job's success or failure without awaiting it, unless completions are
 * batched: then stopping the worker (and the end of `runOnce`) waits for the batch to be written.
 * A pool the worker does not own is not ended by it, so nothing else would wait: without this, a
 * run could return while its jobs are still marked as running.
 */
const RECORD_BEFORE_RETURNING: GraphileConfig.Preset = {
  worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 },
};

/**
 * The crontab for an interval (whole minutes dividing an hour, or hours dividing a day; see
 * JOBS_INTERVAL): one line per time-driven job, each keyed by its name so that a tick never
 * queues a second copy while one still waits.
 */
export function crontabFor(intervalMs: number): string {
  const minutes = Math.round(intervalMs / 60_000);
  const schedule =
    minutes < 60 ? `*/${minutes} * * * *` : minutes >= 1440 ? "0 0 * * *" : `0 */${minutes / 60} * * *`;
  return TIME_JOBS.map(
    (job) => `${schedule} ${job.name} ?jobKey=${job.name}&max=${TIME_JOB_MAX_ATTEMPTS}`,
  ).join("\n");
}

export interface WorkerOptions {
  intervalMs?: number;
  context?: Partial<JobContext>;
  concurrency?: number;
}

/**
 * Starts a worker: runs queued jobs as they come and the time-driven jobs on the crontab, until
 * `stop()`. Any number of workers may run against one database: graphile-worker locks each job.
 */
export async function startWorker(options: WorkerOptions = {}): Promise<Runner> {
  const context = contextOf(options.context);
  return run({
    ...sharedPool(options.concurrency ?? CONCURRENCY),
    noHandleSignals: true,
    logger: workerLogger(context.log),
    taskList: taskList(context),
    crontab: crontabFor(options.intervalMs ?? DEFAULT_INTERVAL_MS),
  });
}

/** What one run of the queue did. */
export interface DueRun {
  completed: number;
  failed: number;
}

interface OnceOptions {
  context?: Partial<JobContext>;
  concurrency?: number;
}

/** Runs every job due now (and those they queue), then returns; later retries are left waiting. */
export async function drainQueue(options: OnceOptions = {}): Promise<DueRun> {
  const context = contextOf(options.context);
  const events: WorkerEvents = new EventEmitter();
  const outcome: DueRun = { completed: 0, failed: 0 };
  events.on("job:success", () => (outcome.completed += 1));
  events.on("job:error", () => (outcome.failed += 1));
  await runOnce({
    ...sharedPool(options.concurrency ?? CONCURRENCY),
    noHandleSignals: true,
    logger: workerLogger(context.log),
    taskList: taskList(context),
    events,
  });
  return outcome;
}

/**
 * Queues the time-driven jobs named (all of them for none) and runs everything due:
 * `npm run jobs -- --once`. Each is keyed by its name, as on the crontab: one copy at a time.
 */
export async function runDue(options: OnceOptions & { jobs?: readonly string[] } = {}): Promise<DueRun> {
  await queueTimeJobs(options.jobs);
  return drainQueue(options);
}

/** Queues the time-driven jobs named (all for none) to run now, keyed as on the crontab. */
export async function queueTimeJobs(names: readonly string[] = []): Promise<void> {
  const jobs = selectTimeJobs(names);
  await addJobs(
    ledgerSql(),
    jobs.map((job) => ({ task: job.name, payload: {}, key: job.name, maxAttempts: TIME_JOB_MAX_ATTEMPTS })),
  );
}
