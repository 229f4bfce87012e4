import { type Prisma } from "@prisma/client";
import prisma from "../../db.server";

/**
 * Takes a job's lease until `now + ms` when nobody holds it (or the holder's lease ran out, as
 * after a crash). One statement: of several instances asking at once, exactly one gets it.
 */
export async function acquireLease(job: string, holder: string, now: Date, ms: number): Promise<boolean> {
  const until = new Date(now.getTime() + ms);
  const rows = await prisma.$queryRaw<{ job: string }[]>`
    INSERT INTO "JobLease" (job, holder, "lockedUntil", "lastStartedAt")
    VALUES (${job}, ${holder}, ${until}, ${now})
    ON CONFLICT (job) DO UPDATE
       SET holder = EXCLUDED.holder, "lockedUntil" = EXCLUDED."lockedUntil",
           "lastStartedAt" = EXCLUDED."lastStartedAt"
     WHERE "JobLease"."lockedUntil" IS NULL OR "JobLease"."lockedUntil" <= ${now}
    RETURNING job`;
  return rows.length === 1;
}

/** Extends a lease this holder still has; false when it was lost (expired and taken over). */
export async function renewLease(job: string, holder: string, now: Date, ms: number): Promise<boolean> {
  const changed = await prisma.jobLease.updateMany({
    where: { job, holder, lockedUntil: { gt: now } },
    data: { lockedUntil: new Date(now.getTime() + ms) },
  });
  return changed.count === 1;
}

export interface RunOutcome {
  status: "ok" | "failed";
  counts: Record<string, number>;
  error?: string;
}

/** Releases a lease and records what the run did (shown by `npm run jobs -- --status`). */
export async function releaseLease(job: string, holder: string, now: Date, outcome: RunOutcome) {
  await prisma.jobLease.updateMany({
    where: { job, holder },
    data: {
      holder: null,
      lockedUntil: null,
      lastFinishedAt: now,
      lastStatus: outcome.status,
      lastCounts: outcome.counts as Prisma.InputJsonObject,
      lastError: outcome.error ?? null,
    },
  });
}

/** Every job's last run, by name. */
export function jobStatuses() {
  return prisma.jobLease.findMany({ orderBy: { job: "asc" } });
}
