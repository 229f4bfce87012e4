import type { MessageKind } from "../kinds";
import { invite, passwordReset } from "./account.server";
import { invoiceSubmitted, purchaseCredited, settlementFinal } from "./money.server";
import {
  developerDisputeResolved,
  merchantDisputeResolved,
  overrunWaiting,
  quoteApproved,
  quoteDeclined,
  quotePaid,
  quoteWaiting,
} from "./quotes.server";
import { clientReminder, merchantReminder } from "./reminders.server";
import { connectionRequest, disputeOpened } from "./requests.server";
import type { Composer } from "./types";

/** How each kind of message is written (its template, filled from the database). */
export const COMPOSERS: Record<MessageKind, Composer> = {
  invite,
  password_reset: passwordReset,
  expiry_reminder: merchantReminder,
  window_reminder: merchantReminder,
  quote_waiting: quoteWaiting,
  overrun_waiting: overrunWaiting,
  purchase_credited: purchaseCredited,
  client_reminder: clientReminder,
  connection_request: connectionRequest,
  quote_approved: quoteApproved,
  quote_declined: quoteDeclined,
  quote_paid: quotePaid,
  settlement_final: settlementFinal,
  invoice_submitted: invoiceSubmitted,
  dispute_opened: disputeOpened,
  dispute_resolved: merchantDisputeResolved,
  dispute_resolved_developer: developerDisputeResolved,
};
