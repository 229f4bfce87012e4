import { env, type Env } from "../env.server";
import { JOBS } from "./index.server";
import { jsonLog, runJobs } from "./runner.server";

declare global {
  // One schedule per process, across dev-server reloads of this module.
  var supportPacksJobs: { stop: () => void } | undefined;
}

/**
 * Calls `run` every `intervalMs` (timed from the end of the previous run, so runs in one process
 * never overlap), first after a short random delay so that instances started together spread
 * out. Timers are unref'd: they never keep the process alive. Returns a function that stops it.
 */
export function scheduleJobs(intervalMs: number, run: () => Promise<unknown>): () => void {
  let stopped = false;
  let timer: NodeJS.Timeout;
  const later = (ms: number) => {
    timer = setTimeout(tick, ms);
    timer.unref();
  };
  const tick = async () => {
    try {
      await run();
    } catch (error) {
      jsonLog({
        level: "error",
        job: "scheduler",
        error: error instanceof Error ? error.message : String(error),
      });
    }
    if (!stopped) later(intervalMs);
  };
  later(Math.min(intervalMs, 5_000 + Math.random() * 5_000));
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

/**
 * Starts the jobs inside this (web) process when JOBS_INTERVAL is set: once per process, never
 * under test. Returns whether it started them.
 */
export function startJobsInProcess(source: Pick<Env, "JOBS_INTERVAL" | "NODE_ENV"> = env): boolean {
  if (!source.JOBS_INTERVAL || source.NODE_ENV === "test" || globalThis.supportPacksJobs) return false;
  const stop = scheduleJobs(source.JOBS_INTERVAL, () => runJobs(JOBS));
  globalThis.supportPacksJobs = { stop };
  return true;
}
