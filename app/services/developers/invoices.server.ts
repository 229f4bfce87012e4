import { Prisma } from "@prisma/client";
import prisma from "../../db.server";
import { keysetWhere, pageOf, PAGE_SIZE, seek, type Cursor } from "../../lib/pages";
import { isUuid } from "../../lib/ids";
import { queueInvoiceEmails } from "../email/triggers.server";
import { prismaSql } from "../../lib/sql.server";
import { amountForMinutes } from "../../lib/money";
import { recordSettlementsOf, settledLineOf, settledLineSelect } from "./settlements.server";
import { fail, notYours, type Result } from "../../lib/result";

const alreadyInvoiced = () =>
  fail(
    "conflict",
    "Some of these packs are already on an invoice. Reload the page and choose among the packs still listed.",
    { field: "settlementId" },
  );

/**
 * Marks settled packs completed by putting them on one new invoice: each line's amount is its
 * hours × the developer's payout rate (rounded half up to the cent), the total is the sum of lines.
 */
export async function createInvoice(
  developerId: string,
  settlementIds: string[],
  now: Date,
): Promise<Result<{ invoiceId: string }>> {
  const ids = [...new Set(settlementIds)];
  if (ids.length === 0)
    return fail("invalid_input", "Choose at least one settled pack to invoice.", { field: "settlementId" });
  if (!ids.every(isUuid)) return alreadyInvoiced();
  // A settlement time has made final but no sweep recorded yet is listed under its pack's id:
  // record it first, so that it can be put on the invoice.
  await recordSettlementsOf(developerId, ids, now);
  try {
    return await prisma.$transaction(async (tx) => {
      const developer = await tx.developer.findUniqueOrThrow({ where: { id: developerId } });
      const rate = developer.payoutRateCents;
      if (rate === null)
        return fail(
          "invalid_state",
          "Your payout rate is not set yet. Ask the company to set it, then invoice.",
        );
      const settlements = await tx.settlement.findMany({
        where: { id: { in: ids }, developerId, invoiceLine: null },
        select: { id: true, shopId: true, ...settledLineSelect },
        orderBy: [{ settledAt: "asc" }, { id: "asc" }],
      });
      if (settlements.length !== ids.length) return alreadyInvoiced();
      const lines = settlements.map((s) => ({
        shopId: s.shopId,
        settlementId: s.id,
        ...settledLineOf(s),
        amountCents: amountForMinutes(s.minutes, rate),
      }));
      const invoice = await tx.invoice.create({
        data: {
          developerId,
          minutes: lines.reduce((sum, line) => sum + line.minutes, 0),
          payoutRateCents: rate,
          amountCents: lines.reduce((sum, line) => sum + line.amountCents, 0),
          createdAt: now,
          lines: { create: lines },
        },
      });
      await queueInvoiceEmails(prismaSql(tx), invoice.id);
      return { ok: true, invoiceId: invoice.id };
    });
  } catch (error) {
    // A concurrent invoice took one of the packs first: the unique settlement key refused ours.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return alreadyInvoiced();
    throw error;
  }
}

/** One page of this developer's invoices, newest (highest number) first. */
export async function listInvoices(developerId: string, cursor?: Cursor) {
  const { op, orderBy } = seek(cursor, "desc");
  const rows = await prisma.invoice.findMany({
    where: { developerId, ...(cursor ? keysetWhere("number", Number(cursor.key), cursor.id, op) : {}) },
    include: { _count: { select: { lines: true } } },
    orderBy: [{ number: orderBy }, { id: orderBy }],
    take: PAGE_SIZE + 1,
  });
  const page = pageOf(rows, cursor, (invoice) => ({ key: String(invoice.number), id: invoice.id }));
  return { invoices: page.items, links: page.links };
}

/** One of this developer's invoices with its lines; not found for anyone else's. */
export async function invoiceDetail(developerId: string, invoiceId: string) {
  const invoice = await findInvoice(invoiceId, developerId);
  return invoice ? { ok: true as const, invoice } : notYours("invoice");
}

/** Any invoice with its lines and developer (company console). */
export async function findInvoice(invoiceId: string, developerId?: string) {
  if (!isUuid(invoiceId)) return null;
  return prisma.invoice.findFirst({
    where: { id: invoiceId, ...(developerId ? { developerId } : {}) },
    include: {
      lines: { orderBy: [{ shopDomain: "asc" }, { id: "asc" }] },
      developer: { select: { id: true, name: true, email: true } },
    },
  });
}

export type InvoiceWithLines = NonNullable<Awaited<ReturnType<typeof findInvoice>>>;
