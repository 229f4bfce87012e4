import { applyEntry, emptyBalances } from "./balances";
import type { Tier } from "./catalog";
import type { EntryDraft, PackState } from "./types";
import { expiresAt } from "./validity";

/** A newly paid pack (its purchase entry already applied) and that entry, for the service to persist. */
export function planPurchase(input: { id: string; tier: Tier; paidAt: Date; timeZone: string }): {
  pack: PackState;
  entries: EntryDraft[];
} {
  const entry: EntryDraft = { packId: input.id, kind: "purchase", own: input.tier.minutes, carried: 0 };
  const pack: PackState = {
    ...applyEntry(emptyBalances(), entry),
    id: input.id,
    tier: input.tier.id,
    ownMinutes: input.tier.minutes,
    paidAt: input.paidAt,
    expiresAt: expiresAt(input.paidAt, input.timeZone),
    carriedInFromId: null,
    outcome: null,
    carriedOutToId: null,
    settlement: null,
  };
  return { pack, entries: [entry] };
}
