/**
 * What `minutes` of work pay at `rateCents` per hour, in whole cents, rounded half up. Integer
 * arithmetic only: minutes × rate stays far below 2^53 for any real invoice.
 */
export function amountForMinutes(minutes: number, rateCents: number): number {
  if (!Number.isSafeInteger(minutes) || minutes < 0 || !Number.isSafeInteger(rateCents) || rateCents < 0) {
    throw new Error("Minutes and rate must be whole non-negative numbers");
  }
  return Math.floor((minutes * rateCents + 30) / 60);
}

/** Cents as dollars for people: 123456 -> "$1,234.56". */
export function formatCents(cents: number, currencyCode = "USD"): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency: currencyCode }).format(cents / 100);
}

/** Cents as a plain decimal for CSV: 123456 -> "1234.56". */
export function centsToDecimal(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** An invoice number as printed: 42 -> "INV-000042". */
export function invoiceNumber(number: number): string {
  return `INV-${String(number).padStart(6, "0")}`;
}
