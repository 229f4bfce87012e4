import { addLocalDays, localDate, startOfLocalDate, type LocalDate } from "../ledger";
import prisma from "../db.server";

export interface WeekUsage {
  /** The week's Monday, a store-local date. */
  weekOf: LocalDate;
  minutes: number;
}

/** The Monday on or before a local date ("2026-11-26" -> "2026-11-23"). */
export function mondayOf(date: LocalDate): LocalDate {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addLocalDays(date, -((weekday + 6) % 7));
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
  const result: WeekUsage[] = Array.from({ length: weeks }, (_, i) => ({
    weekOf: addLocalDays(lastMonday, (i - weeks + 1) * 7),
    minutes: 0,
  }));
  const entries = await prisma.ledgerEntry.findMany({
    where: { shopId, kind: "usage", at: { gte: startOfLocalDate(result[0]!.weekOf, timeZone), lte: at } },
    select: { at: true, own: true, carried: true },
  });
  const byWeek = new Map(result.map((w) => [w.weekOf, w]));
  for (const entry of entries) {
    const week = byWeek.get(mondayOf(localDate(entry.at, timeZone)));
    if (week) week.minutes += Math.abs(entry.own + entry.carried);
  }
  return result;
}
