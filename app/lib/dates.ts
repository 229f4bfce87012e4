const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A shop-local "YYYY-MM-DD" as people read it: "Aug 31", or "Aug 31, 2025" with `withYear`. */
export function formatDay(date: string, withYear = false): string {
  const [year, month, day] = date.split("-").map(Number);
  const label = `${MONTHS[(month ?? 1) - 1]} ${day}`;
  return withYear ? `${label}, ${year}` : label;
}

/** Whole cents as dollars: 225000 -> "$2,250", 9500 -> "$95". */
export function formatUsd(cents: number): string {
  const dollars = cents / 100;
  return `$${dollars.toLocaleString("en-US", { minimumFractionDigits: Number.isInteger(dollars) ? 0 : 2 })}`;
}
