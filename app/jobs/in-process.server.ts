import { env, type Env } from "../env.server";
import { errorMessage, jsonLog } from "./log.server";
import { startWorker } from "./worker.server";

declare global {
  // One worker per process, across dev-server reloads of this module.
  var supportPacksWorker: { stop: () => Promise<void> } | undefined;
}

/**
 * Starts a worker inside this (web) process when JOBS_INTERVAL is set: once per process, never
 * under test. It runs the time-driven jobs every JOBS_INTERVAL and every queued email and Flow
 * call as it comes. Returns whether it started one.
 */
export function startJobsInProcess(source: Pick<Env, "JOBS_INTERVAL" | "NODE_ENV"> = env): boolean {
  if (!source.JOBS_INTERVAL || source.NODE_ENV === "test" || globalThis.supportPacksWorker) return false;
  const starting = startWorker({ intervalMs: source.JOBS_INTERVAL });
  globalThis.supportPacksWorker = { stop: async () => (await starting).stop() };
  starting.catch((error) => jsonLog({ level: "error", job: "worker", error: errorMessage(error) }));
  return true;
}
