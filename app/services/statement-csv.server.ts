import { minutesToHours } from "../ledger";
import type { Statement } from "./ledger/statement.server";

// Quotes any field with a comma, quote or line break; neutralises spreadsheet formulas.
function field(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === "string") text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A pack statement as CSV: one line per entry, hours with 2 decimals, running balance. */
export function statementCsv(statement: Statement): string {
  const header = [
    "date",
    "description",
    "minutes",
    "hours",
    "balance_minutes",
    "balance_hours",
    "held_minutes",
  ];
  const rows = statement.lines.map((line) => [
    line.date,
    line.description,
    line.minutes,
    minutesToHours(line.minutes),
    line.balance,
    minutesToHours(line.balance),
    line.heldMinutes,
  ]);
  return [header, ...rows].map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
}

/**
 * The download name of a pack's statement: the store's handle (its myshopify.com name), the tier
 * and the shop-local payment date, "statement-mystore-25h-2026-09-01.csv".
 */
export function statementFilename(statement: Pick<Statement, "pack">): string {
  const { shopDomain, tier, paidOn } = statement.pack;
  const handle = shopDomain
    .replace(/\.myshopify\.com$/, "")
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-");
  return `statement-${handle}-${tier}-${paidOn}.csv`;
}
