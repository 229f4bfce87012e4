// The moments a quote's people must hear about, one function each, called inside the transaction
// that makes the change: an email is queued exactly when the change commits, never for a change
// that rolled back (docs/decisions/061).
import type { Quote } from "@prisma/client";
import {
  queueDisputeEmails,
  queueDisputeResolvedEmails,
  queueOverrunEmail,
  queueQuotePaidEmail,
} from "../email/triggers.server";
import type { Sql } from "../../lib/sql.server";

/** A completion went over the merchant's tolerance: the merchant is asked to approve or dispute. */
export async function overrunAwaitingApproval(sql: Sql, quote: Quote): Promise<void> {
  if (quote.actualMinutes === null) return;
  await queueOverrunEmail(sql, {
    shopId: quote.shopId,
    quoteId: quote.id,
    actualMinutes: quote.actualMinutes,
  });
}

/** The merchant paid a quote as a custom quote: its developer can start. */
export async function quotePaid(sql: Sql, quote: Quote): Promise<void> {
  if (!quote.developerId || quote.priceCents === null) return;
  await queueQuotePaidEmail(sql, {
    shopId: quote.shopId,
    quoteId: quote.id,
    developerId: quote.developerId,
    priceCents: quote.priceCents,
  });
}

/** The merchant disputed an overrun: the company's admins resolve it. */
export async function disputeOpened(sql: Sql, quote: Quote): Promise<void> {
  if (quote.actualMinutes === null) return;
  await queueDisputeEmails(sql, {
    shopId: quote.shopId,
    quoteId: quote.id,
    actualMinutes: quote.actualMinutes,
    reason: quote.disputeReason,
  });
}

/** The company resolved a dispute: the merchant and the developer are told what was charged. */
export async function disputeResolved(sql: Sql, quote: Quote): Promise<void> {
  await queueDisputeResolvedEmails(sql, {
    shopId: quote.shopId,
    quoteId: quote.id,
    developerId: quote.developerId,
  });
}
