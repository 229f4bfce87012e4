import { packLabel } from "./format";

// How a settlement (a pack's or a custom quote's) is named on the portal's pages and invoices.

/** One settled item as settlement lists, invoices and their CSV show it. */
export interface SettledLine {
  shopDomain: string;
  /** The pack's tier, or null for a custom quote (then `quoteTitle`). */
  packTier: string | null;
  quoteTitle: string | null;
  basis: string;
  minutes: number;
}

/** What was settled: "25 h pack", or "Custom quote “Fix the theme”". */
export function settledItem(line: { packTier: string | null; quoteTitle: string | null }): string {
  return line.packTier !== null ? packLabel(line.packTier) : `Custom quote “${line.quoteTitle ?? ""}”`;
}

/** A settlement basis in words. */
export function basisLabel(basis: string): string {
  if (basis === "whole_pack") return "whole pack";
  if (basis === "custom_quote") return "quoted hours";
  return "delivered";
}
