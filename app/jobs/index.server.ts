import { deliveriesJob } from "./deliveries.server";
import { reconcileJob } from "./reconcile.server";
import { remindersJob } from "./reminders.server";
import { sweepJob } from "./sweep.server";
import type { Job } from "./types";

/**
 * Every job, in the order one run goes through them: purchases first (a late confirmation may
 * claim a retention window), then time, then the reminders it leaves due, then their delivery.
 */
export const JOBS: readonly Job[] = [reconcileJob, sweepJob, remindersJob, deliveriesJob];

/** The jobs named (all of them for none); throws naming an unknown one. */
export function selectJobs(names: readonly string[]): Job[] {
  if (names.length === 0) return [...JOBS];
  return names.map((name) => {
    const job = JOBS.find((j) => j.name === name);
    if (!job) throw new Error(`Unknown job "${name}". Jobs: ${JOBS.map((j) => j.name).join(", ")}.`);
    return job;
  });
}
