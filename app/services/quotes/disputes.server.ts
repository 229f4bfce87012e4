import prisma from "../../db.server";

const DETAIL = {
  shop: { select: { domain: true, timezone: true } },
  developer: { select: { name: true, email: true } },
  resolvedBy: { select: { name: true } },
  timeEntries: {
    orderBy: [{ workedOn: "asc" as const }, { createdAt: "asc" as const }],
    select: { id: true, workedOn: true, minutes: true, note: true },
  },
};

/**
 * The company's Disputes list, across stores: the quotes in dispute (oldest first) with both sides'
 * words (the merchant's reason; the developer's time entries and completion note), and the latest
 * resolutions.
 */
export async function listDisputes() {
  const [open, resolved] = await Promise.all([
    prisma.quote.findMany({
      where: { status: "disputed" },
      include: DETAIL,
      orderBy: [{ disputedAt: "asc" }, { id: "asc" }],
      take: 200,
    }),
    prisma.quote.findMany({
      where: { status: "completed", resolutionReason: { not: null } },
      include: DETAIL,
      orderBy: [{ closedAt: "desc" }, { id: "asc" }],
      take: 20,
    }),
  ]);
  return { open, resolved };
}
