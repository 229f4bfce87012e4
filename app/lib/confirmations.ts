import { hours } from "./format";

// What a merchant's decision will do, as its confirmation says it: one wording for the quote page
// and Home's "To review".

/** Approving a pending quote: the hold, or why it cannot be approved yet. */
export function approveQuoteMessage(
  quote: { title: string; estimateMinutes: number },
  availableMinutes: number,
): string {
  const estimate = hours(quote.estimateMinutes);
  if (quote.estimateMinutes > availableMinutes)
    return `“${quote.title}” needs ${estimate} and you have ${hours(availableMinutes)} available: approving will fail until you buy hours.`;
  return `Hold ${estimate} of your packs for “${quote.title}”. ${hours(availableMinutes - quote.estimateMinutes)} will be left available; you are charged the actual time when the work is done.`;
}

/** Approving an overrun: the actual time is charged, the held estimate plus the extra. */
export function approveOverrunMessage(
  quote: { title: string; estimateMinutes: number; actualMinutes: number },
  availableMinutes: number,
): string {
  const extra = quote.actualMinutes - quote.estimateMinutes;
  return (
    `Charge ${hours(quote.actualMinutes)} (the actual time) to your packs for “${quote.title}”: ` +
    `the ${hours(quote.estimateMinutes)} held plus ${hours(extra)} more. ` +
    `${hours(Math.max(0, availableMinutes - extra))} will be left available.`
  );
}
