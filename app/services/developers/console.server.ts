import prisma from "../../db.server";
import { isUuid } from "../../lib/ids";
import { fail, notYours, type Result } from "../../lib/result";

/** Every account, company staff included, by email. */
export function listDevelopers() {
  return prisma.developer
    .findMany({
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        status: true,
        payoutRateCents: true,
        passwordHash: true,
        createdAt: true,
        _count: { select: { shops: { where: { revokedAt: null } } } },
      },
      orderBy: { email: "asc" },
    })
    .then((rows) =>
      rows.map(({ passwordHash, _count, ...row }) => ({
        ...row,
        setUp: passwordHash !== null,
        connectedStores: _count.shops,
      })),
    );
}

/** Sets what the company pays a developer per settled hour (applies to invoices made afterwards). */
export async function setPayoutRate(developerId: string, rateCents: number): Promise<Result> {
  if (!Number.isSafeInteger(rateCents) || rateCents < 0 || rateCents > 100_000_00)
    return fail("invalid_input", "Give an hourly rate between $0 and $100,000, e.g. 85.50.", {
      field: "rate",
    });
  if (!isUuid(developerId)) return notYours("developer", "developerId");
  const updated = await prisma.developer.updateMany({
    where: { id: developerId },
    data: { payoutRateCents: rateCents },
  });
  return updated.count === 1 ? { ok: true } : notYours("developer", "developerId");
}

/** Deactivates an account: it can no longer log in, and its sessions end at once. */
export async function deactivateDeveloper(adminId: string, developerId: string, now: Date): Promise<Result> {
  if (developerId === adminId)
    return fail("invalid_input", "You cannot deactivate your own account. Ask another admin.");
  if (!isUuid(developerId)) return notYours("developer", "developerId");
  return prisma.$transaction(async (tx) => {
    const updated = await tx.developer.updateMany({
      where: { id: developerId, status: "active" },
      data: { status: "deactivated", deactivatedAt: now },
    });
    if (updated.count !== 1) {
      const exists = await tx.developer.findUnique({ where: { id: developerId }, select: { id: true } });
      return exists
        ? fail("invalid_state", "This account is already deactivated.")
        : notYours("developer", "developerId");
    }
    await tx.developerSession.deleteMany({ where: { developerId } });
    await tx.developerToken.updateMany({
      where: { developerId, usedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    return { ok: true };
  });
}

/** Lets a deactivated account log in again (with its old password, or a new reset link). */
export async function reactivateDeveloper(developerId: string): Promise<Result> {
  if (!isUuid(developerId)) return notYours("developer", "developerId");
  const updated = await prisma.developer.updateMany({
    where: { id: developerId, status: "deactivated" },
    data: { status: "active", deactivatedAt: null },
  });
  if (updated.count === 1) return { ok: true };
  const exists = await prisma.developer.findUnique({ where: { id: developerId }, select: { id: true } });
  return exists
    ? fail("invalid_state", "This account is already active.")
    : notYours("developer", "developerId");
}

/** Every invoice, newest first, optionally of one status. */
export function listAllInvoices(status?: string) {
  return prisma.invoice.findMany({
    where: status ? { status } : {},
    include: { developer: { select: { name: true, email: true } }, _count: { select: { lines: true } } },
    orderBy: { number: "desc" },
    take: 500,
  });
}

/** submitted -> approved. */
export function approveInvoice(invoiceId: string, now: Date): Promise<Result> {
  return moveInvoice(invoiceId, "submitted", { status: "approved", approvedAt: now }, "approved");
}

/** approved -> paid. */
export function markInvoicePaid(invoiceId: string, now: Date): Promise<Result> {
  return moveInvoice(invoiceId, "approved", { status: "paid", paidAt: now }, "marked paid");
}

async function moveInvoice(
  invoiceId: string,
  from: string,
  data: { status: string; approvedAt?: Date; paidAt?: Date },
  verb: string,
): Promise<Result> {
  if (!isUuid(invoiceId)) return notYours("invoice", "invoiceId");
  const updated = await prisma.invoice.updateMany({ where: { id: invoiceId, status: from }, data });
  if (updated.count === 1) return { ok: true };
  const invoice = await prisma.invoice.findUnique({ where: { id: invoiceId }, select: { status: true } });
  if (!invoice) return notYours("invoice", "invoiceId");
  return fail("invalid_state", `This invoice is ${invoice.status}; only ${from} invoices can be ${verb}.`);
}
