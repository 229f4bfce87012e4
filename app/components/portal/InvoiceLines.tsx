import { DataTable } from "@shopify/polaris";
import { basisLabel, settledItem, type SettledLine } from "../../lib/settlements";
import { hours, money } from "../../lib/format";

export interface InvoiceView {
  number: number;
  status: string;
  minutes: number;
  payoutRateCents: number;
  amountCents: number;
  currencyCode: string;
  lines: (SettledLine & { id: string; amountCents: number })[];
}

/** An invoice's lines with their total. */
export function InvoiceLines({ invoice }: { invoice: InvoiceView }) {
  const rate = `${money(invoice.payoutRateCents, invoice.currencyCode)}/h`;
  return (
    <DataTable
      columnContentTypes={["text", "text", "text", "numeric", "numeric", "numeric"]}
      headings={["Store", "Settled", "Basis", "Hours", "Rate", "Amount"]}
      rows={invoice.lines.map((line) => [
        line.shopDomain,
        settledItem(line),
        basisLabel(line.basis),
        hours(line.minutes),
        rate,
        money(line.amountCents, invoice.currencyCode),
      ])}
      totals={["", "", "", hours(invoice.minutes), "", money(invoice.amountCents, invoice.currencyCode)]}
      showTotalsInFooter
    />
  );
}
