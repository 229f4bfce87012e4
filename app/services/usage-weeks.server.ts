import { localDate, type LocalDate } from "../ledger";
import prisma from "../db.server";

export interface WeekUsage {
  /** The week's Monday, a store-local date. */
  weekOf: LocalDate;
  minutes: number;
}

const DAY_MS = 86_400_000;

/** The Monday on or before a local date ("2026-11-26" -> "2026-11-23"). */
export function mondayOf(date: LocalDate): LocalDate {
  const utc = new Date(`${date}T00:00:00Z`);
  const back = (utc.getUTCDay() + 6) % 7;
  return new Date(utc.getTime() - back * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Hours charged to the shop's packs per store-local week, for the `weeks` weeks up to the one
 * holding `at`, oldest first, with empty weeks as 0 (Home's chart).
 */
export async function usageByWeek(
  shopId: string,
  timeZone: string,
  at: Date,
  weeks = 8,
): Promise<WeekUsage[]> {
  const lastMonday = mondayOf(localDate(at, timeZone));
  const firstMonday = new Date(new Date(`${lastMonday}T00:00:00Z`).getTime() - (weeks - 1) * 7 * DAY_MS);
  const entries = await prisma.ledgerEntry.findMany({
    // A day's margin either side of the store's zone; the local dates below decide the week.
    where: { shopId, kind: "usage", at: { gte: new Date(firstMonday.getTime() - DAY_MS), lte: at } },
    select: { at: true, own: true, carried: true },
  });
  const result: WeekUsage[] = Array.from({ length: weeks }, (_, i) => ({
    weekOf: new Date(firstMonday.getTime() + i * 7 * DAY_MS).toISOString().slice(0, 10),
    minutes: 0,
  }));
  const byWeek = new Map(result.map((w) => [w.weekOf, w]));
  for (const entry of entries) {
    const week = byWeek.get(mondayOf(localDate(entry.at, timeZone)));
    if (week) week.minutes += Math.abs(entry.own + entry.carried);
  }
  return result;
}
