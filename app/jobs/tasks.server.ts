import type { Task, TaskList } from "graphile-worker";
import { z } from "zod";
import { deliverEmail } from "../services/email/deliver.server";
import { addressConnectionRequest } from "../services/email/triggers.server";
import { ledgerSql } from "../lib/sql.server";
import { TASKS } from "../services/jobs/queue.sql.server";
import { sendFlowReminder } from "../services/reminders/flow.server";
import { reconcileJob } from "./reconcile.server";
import { remindersJob } from "./reminders.server";
import { sweepJob } from "./sweep.server";
import type { JobContext, TimeJob } from "./types";

/** The time-driven jobs, in the order `--once` queues them (each is also a crontab entry). */
export const TIME_JOBS: readonly TimeJob[] = [reconcileJob, sweepJob, remindersJob];

/** The time jobs named (all of them for none); throws naming an unknown one. */
export function selectTimeJobs(names: readonly string[]): TimeJob[] {
  if (names.length === 0) return [...TIME_JOBS];
  return names.map((name) => {
    const job = TIME_JOBS.find((j) => j.name === name);
    if (!job) throw new Error(`Unknown job "${name}". Jobs: ${TIME_JOBS.map((j) => j.name).join(", ")}.`);
    return job;
  });
}

// A thrown error fails the job: graphile-worker records it and retries with backoff.
function timeTask(job: TimeJob, context: JobContext): Task {
  return async () => {
    const started = performance.now();
    const counts = await job.run(context);
    context.log({ job: job.name, status: "ok", ms: Math.round(performance.now() - started), counts });
  };
}

const flowPayload = z.object({ shopId: z.uuid(), reminderId: z.uuid() });
const connectionRequestPayload = z.object({ shopId: z.uuid(), requestId: z.uuid() });

/** Every task the worker runs, bound to a clock, a log and a way to reach Shopify. */
export function taskList(context: JobContext): TaskList {
  const tasks: TaskList = {
    [TASKS.flowTrigger]: async (payload) => {
      const { shopId, reminderId } = flowPayload.parse(payload);
      const outcome = await sendFlowReminder(shopId, reminderId, context.adminFor);
      if (outcome === "uninstalled")
        context.log({
          level: "error",
          job: TASKS.flowTrigger,
          shopId,
          reminderId,
          error: "The shop no longer has the app installed: the Flow trigger was not called.",
        });
    },
  };
  // A thrown error (the SMTP server refused or was unreachable) is retried with backoff.
  tasks[TASKS.email] = async (payload) => {
    const job = payload as { kind?: unknown; to?: { type?: unknown; id?: unknown } };
    const outcome = await deliverEmail(payload, context.now());
    context.log({ job: TASKS.email, kind: job.kind, to: `${job.to?.type}:${job.to?.id}`, outcome });
  };
  tasks[TASKS.connectionRequest] = async (payload) => {
    const request = connectionRequestPayload.parse(payload);
    const outcome = await addressConnectionRequest(ledgerSql(), request);
    context.log({ job: TASKS.connectionRequest, requestId: request.requestId, outcome });
  };
  for (const job of TIME_JOBS) tasks[job.name] = timeTask(job, context);
  return tasks;
}
