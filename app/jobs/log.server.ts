import { Logger } from "graphile-worker";
import * as clock from "../clock.server";
import type { Log } from "./types";

/** Writes one JSON line: errors to stderr, everything else to stdout. */
export const jsonLog: Log = (line) => {
  const text = `${JSON.stringify({ time: clock.now().toISOString(), level: "info", ...line })}\n`;
  (line.level === "error" ? process.stderr : process.stdout).write(text);
};

/** An error's message, first line only (stacks stay out of the JSON log). */
export function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0] ?? text;
}

interface FailureMeta {
  job?: { id: string; task_identifier: string; attempts: number; max_attempts: number };
  error?: unknown;
}

/**
 * graphile-worker's own messages as our JSON lines: a failed job names its task, id, attempt and
 * error (one line, no stack); its debug chatter is left out.
 */
export function workerLogger(log: Log = jsonLog): Logger {
  return new Logger((scope) => (level, message, meta) => {
    if (level === "debug") return;
    const { job, error } = (meta ?? {}) as FailureMeta;
    log({
      level: level === "error" || level === "warning" ? "error" : "info",
      source: "graphile-worker",
      ...(scope.taskIdentifier ? { job: scope.taskIdentifier, jobId: scope.jobId } : {}),
      ...(job
        ? { job: job.task_identifier, jobId: job.id, attempt: job.attempts, maxAttempts: job.max_attempts }
        : {}),
      message: errorMessage(error ?? message),
    });
  });
}
