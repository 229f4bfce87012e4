// The emails each change queues, in that change's transaction (docs/decisions/061). Kinds whose
// trigger is built elsewhere (connection requests, overruns, disputes, paid quotes) are queued
// by the functions at the end, which those features call.
import type { Sql } from "../../lib/sql.server";
import { addJobs, TASKS } from "../jobs/queue.sql.server";
import { emailEnabled } from "./config.server";
import { companyAdmins, queueEmails, requestAddressee, type EmailSpec } from "./queue.sql.server";

const shop = (id: string) => ({ type: "shop", id }) as const;
const developer = (id: string) => ({ type: "developer", id }) as const;

/** Newly recorded reminders: the merchant's email, and each notified developer's. */
export function queueReminderEmails(
  sql: Sql,
  reminders: readonly { id: string; shopId: string; threshold: string }[],
  notified: readonly { reminderId: string; shopId: string; developerId: string }[],
) {
  const data = (shopId: string, reminderId: string) => ({ shopId, reminderId });
  return queueEmails(sql, [
    ...reminders.map((r): EmailSpec => ({
      kind: r.threshold === "window" ? "window_reminder" : "expiry_reminder",
      to: shop(r.shopId),
      data: data(r.shopId, r.id),
      about: r.id,
    })),
    ...notified.map((n): EmailSpec => ({
      kind: "client_reminder",
      to: developer(n.developerId),
      data: data(n.shopId, n.reminderId),
      about: n.reminderId,
    })),
  ]);
}

/** A quote created (to the merchant), approved or declined (to its developer). */
export function queueQuoteEmail(
  sql: Sql,
  quote: { id: string; shopId: string; developerId: string | null; status: string; paidWith?: string | null },
) {
  const data = { shopId: quote.shopId, quoteId: quote.id };
  if (quote.status === "pending")
    return queueEmails(sql, [{ kind: "quote_waiting", to: shop(quote.shopId), data, about: quote.id }]);
  // A quote paid as a custom quote is announced by its own email (quote_paid).
  if (quote.status === "approved" && quote.paidWith === "money") return Promise.resolve(0);
  const kind = ({ approved: "quote_approved", declined: "quote_declined" } as const)[quote.status];
  if (!kind || !quote.developerId) return Promise.resolve(0);
  return queueEmails(sql, [{ kind, to: developer(quote.developerId), data, about: quote.id }]);
}

/** A purchase credited as a new pack (with any hours carried into it), to the merchant. */
export function queuePurchaseEmail(sql: Sql, shopId: string, packId: string) {
  return queueEmails(sql, [
    { kind: "purchase_credited", to: shop(shopId), data: { shopId, packId }, about: packId },
  ]);
}

/** Settlements that became final, each to the developer who sold the pack. */
export function queueSettlementEmails(
  sql: Sql,
  settlements: readonly { id: string; shopId: string; developerId: string | null }[],
) {
  return queueEmails(
    sql,
    settlements.flatMap((s) =>
      s.developerId
        ? [
            {
              kind: "settlement_final" as const,
              to: developer(s.developerId),
              data: { shopId: s.shopId, settlementId: s.id },
              about: s.id,
            },
          ]
        : [],
    ),
  );
}

/** A submitted invoice, to every company admin. */
export async function queueInvoiceEmails(sql: Sql, invoiceId: string) {
  const admins = await companyAdmins(sql);
  return queueEmails(
    sql,
    admins.map((to) => ({ kind: "invoice_submitted" as const, to, data: { invoiceId }, about: invoiceId })),
  );
}

/**
 * A store's request to connect: queued with the request, addressed by the worker. The store's
 * answer never depends on whether the address has an account (docs/decisions/050), so the
 * account is looked up here, after the fact, and only an active one is written to.
 */
export async function queueConnectionRequest(sql: Sql, request: { shopId: string; requestId: string }) {
  if (!emailEnabled()) return;
  await addJobs(sql, [
    {
      task: TASKS.connectionRequest,
      payload: { ...request },
      key: `connection_request:${request.requestId}`,
    },
  ]);
}

/** The worker's half of a connection request: the email to the address's account, if it has one. */
export async function addressConnectionRequest(
  sql: Sql,
  request: { shopId: string; requestId: string },
): Promise<"queued" | "no_account" | "closed"> {
  const found = await requestAddressee(sql, request);
  if (!found) return "closed";
  if (!found.developerId) return "no_account";
  await queueConnectionRequestEmail(sql, { shopId: request.shopId, developerId: found.developerId });
  return "queued";
}

/** A store's request to connect, to the developer it asks (connection requests). */
export function queueConnectionRequestEmail(
  sql: Sql,
  request: { shopId: string; developerId: string; note?: string | null },
) {
  return queueEmails(sql, [
    {
      kind: "connection_request",
      to: developer(request.developerId),
      data: { shopId: request.shopId, note: request.note ?? null },
      about: request.shopId,
    },
  ]);
}

/** Time over an estimate waiting for the merchant's approval (custom quotes: overruns). */
export function queueOverrunEmail(
  sql: Sql,
  overrun: { shopId: string; quoteId: string; actualMinutes: number },
) {
  return queueEmails(sql, [
    { kind: "overrun_waiting", to: shop(overrun.shopId), data: { ...overrun }, about: overrun.quoteId },
  ]);
}

/** A disputed overrun, to every company admin (custom quotes: disputes). */
export async function queueDisputeEmails(
  sql: Sql,
  dispute: { shopId: string; quoteId: string; actualMinutes: number; reason?: string | null },
) {
  const admins = await companyAdmins(sql);
  return queueEmails(
    sql,
    admins.map((to) => ({
      kind: "dispute_opened" as const,
      to,
      data: { ...dispute, reason: dispute.reason ?? null },
      about: dispute.quoteId,
    })),
  );
}

/** A quote the merchant paid as a custom quote, to its developer (custom quotes). */
export function queueQuotePaidEmail(
  sql: Sql,
  paid: { shopId: string; quoteId: string; developerId: string; priceCents: number },
) {
  return queueEmails(sql, [
    {
      kind: "quote_paid",
      to: developer(paid.developerId),
      data: { shopId: paid.shopId, quoteId: paid.quoteId, priceCents: paid.priceCents },
      about: paid.quoteId,
    },
  ]);
}

/** A dispute the company resolved, to the merchant and to the quote's developer. */
export function queueDisputeResolvedEmails(
  sql: Sql,
  resolved: { shopId: string; quoteId: string; developerId: string | null },
) {
  const data = { shopId: resolved.shopId, quoteId: resolved.quoteId };
  return queueEmails(sql, [
    { kind: "dispute_resolved", to: shop(resolved.shopId), data, about: resolved.quoteId },
    ...(resolved.developerId
      ? [
          {
            kind: "dispute_resolved_developer" as const,
            to: developer(resolved.developerId),
            data,
            about: resolved.quoteId,
          },
        ]
      : []),
  ]);
}
