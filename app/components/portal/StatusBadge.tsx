import { Badge } from "@shopify/polaris";
import { statusLabel } from "../../lib/format";

type Tone = "info" | "success" | "critical" | "attention" | "warning" | undefined;

// One tone per status word across the portal: quotes, invoices and accounts.
const TONE: Record<string, Tone> = {
  pending: "attention",
  approved: "info",
  awaiting_approval: "attention",
  disputed: "warning",
  completed: "success",
  declined: "critical",
  submitted: "attention",
  paid: "success",
  active: "success",
  invited: "attention",
  deactivated: "critical",
  admin: "info",
};

/** A status as a badge: its label from the formatter ("Awaiting approval"), its tone from one table. */
export function StatusBadge({ status }: { status: string }) {
  return <Badge tone={TONE[status]}>{statusLabel(status)}</Badge>;
}
