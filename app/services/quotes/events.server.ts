// The moments a quote's people must hear about, one function each, called inside the transaction
// that makes the change (so a notice is enqueued exactly when the change commits, and never for a
// change that rolled back). They send nothing yet: the email work enqueues its jobs here.
import type { Quote } from "@prisma/client";
import type { Sql } from "../ledger/sql.server";

/** A completion went over the merchant's tolerance: the merchant is asked to approve or dispute. */
export async function overrunAwaitingApproval(_sql: Sql, _quote: Quote): Promise<void> {}

/** The merchant paid a quote as a custom quote: its developer can start. */
export async function quotePaid(_sql: Sql, _quote: Quote): Promise<void> {}

/** The merchant disputed an overrun: the company's admins resolve it. */
export async function disputeOpened(_sql: Sql, _quote: Quote): Promise<void> {}

/** The company resolved a dispute: the merchant and the developer are told what was charged. */
export async function disputeResolved(_sql: Sql, _quote: Quote): Promise<void> {}
