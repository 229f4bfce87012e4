import { minutesToHours } from "../../ledger";
import { decimalCents, invoiceNumber } from "../../lib/format";
import type { SettledLine } from "../../lib/settlements";

interface CsvInvoice {
  number: number;
  payoutRateCents: number;
  minutes: number;
  amountCents: number;
  currencyCode: string;
  lines: (SettledLine & { amountCents: number })[];
}

// Quotes every cell, and defuses cells a spreadsheet would run as a formula.
function cell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** An invoice as CSV: one row per settled pack or custom quote, then a total row. */
export function invoiceCsv(invoice: CsvInvoice): string {
  const number = invoiceNumber(invoice.number);
  const rate = decimalCents(invoice.payoutRateCents);
  const rows: (string | number)[][] = [
    ["invoice", "store", "pack", "quote", "basis", "hours", "minutes", "rate_per_hour", "amount", "currency"],
    ...invoice.lines.map((line) => [
      number,
      line.shopDomain,
      line.packTier ?? "",
      line.quoteTitle ?? "",
      line.basis,
      minutesToHours(line.minutes),
      line.minutes,
      rate,
      decimalCents(line.amountCents),
      invoice.currencyCode,
    ]),
    [
      number,
      "total",
      "",
      "",
      "",
      minutesToHours(invoice.minutes),
      invoice.minutes,
      rate,
      decimalCents(invoice.amountCents),
      invoice.currencyCode,
    ],
  ];
  return `${rows.map((row) => row.map(cell).join(",")).join("\r\n")}\r\n`;
}
