import type { Failure } from "../lib/result";

/** Plain data shapes of the ledger core. Minutes are integers everywhere. */

export type TierId = "10h" | "25h" | "50h" | "75h";

export type EntryKind =
  "purchase" | "hold" | "release" | "usage" | "carry_out" | "carry_in" | "expiry" | "adjustment";

export interface Policy {
  retentionWindowDays: number;
  earlyRenewalDays: number;
}

export const DEFAULT_POLICY: Policy = { retentionWindowDays: 3, earlyRenewalDays: 14 };

/** All integers >= 0 except `adjusted` (signed). */
export interface Balances {
  /** Own minutes not used, not carried out, not expired (held ones included). */
  ownRemaining: number;
  /** Carried-in minutes not used, not expired (held ones included). */
  carriedRemaining: number;
  /** Reserved by open holds (a subset of the remaining minutes of the same bucket). */
  heldOwn: number;
  heldCarried: number;
  usedOwn: number;
  usedCarried: number;
  carriedIn: number;
  carriedOut: number;
  expired: number;
  adjusted: number;
}

export type Outcome = "carried" | "expired";
export type SettlementBasis = "delivered" | "whole_pack";

export interface Settlement {
  basis: SettlementBasis;
  minutes: number;
}

export interface PackState extends Balances {
  id: string;
  tier: TierId;
  /** Purchased own minutes. */
  ownMinutes: number;
  paidAt: Date;
  /** null = never expires (paid before 2024-01-01 shop-local). */
  expiresAt: Date | null;
  /** A pack receives a carry-in at most once, ever. */
  carriedInFromId: string | null;
  /** Retention outcome once decided. */
  outcome: null | Outcome;
  carriedOutToId: string | null;
  settlement: null | Settlement;
}

/**
 * One ledger entry to append. Magnitudes are non-negative except `adjustment.own` (signed).
 * Entries of a plan must be applied in the order given.
 */
export interface EntryDraft {
  packId: string;
  kind: EntryKind;
  own: number;
  carried: number;
  quoteId?: string;
  relatedPackId?: string;
}

/** A quote's open hold on one pack. */
export interface HoldPart {
  packId: string;
  own: number;
  carried: number;
}

/** An expected failure of the core: the project's one failure shape (app/lib/result.ts). */
export type { Failure };

export interface InsufficientHours extends Failure<"insufficient_hours"> {
  missingMinutes: number;
  availableMinutes: number;
}

/** Result of a quote planner: entries to append in order, or a failure (nothing changes). */
export type EntryPlan = { ok: true; entries: EntryDraft[] } | Failure<"invalid_hours"> | InsufficientHours;

export interface OutcomeChange {
  packId: string;
  outcome: Outcome;
  carriedOutToId?: string;
}

export interface CarryInChange {
  packId: string;
  fromId: string;
}

export interface SettlementChange extends Settlement {
  packId: string;
}

/** What the passage of time decides: entries to append plus one-time pack flag changes. */
export interface TimePlan {
  entries: EntryDraft[];
  outcomes: OutcomeChange[];
  carriedInFrom: CarryInChange[];
  settlements: SettlementChange[];
}

/** An entry with the instant its rule took effect. */
export type DatedEntry = EntryDraft & { at: Date };

/** A settlement with the instant it became final. */
export type DatedSettlement = SettlementChange & { at: Date };

/** Everything time decided up to an instant, each change dated, and the packs after it. */
export interface TimeChanges {
  entries: DatedEntry[];
  outcomes: OutcomeChange[];
  carriedInFrom: CarryInChange[];
  settlements: DatedSettlement[];
  packs: PackState[];
}

/** Anything `applyPlan` accepts: a quote plan's entries or a whole `TimePlan`. */
export interface LedgerPlanChanges {
  entries: readonly EntryDraft[];
  outcomes?: readonly OutcomeChange[];
  carriedInFrom?: readonly CarryInChange[];
  settlements?: readonly SettlementChange[];
}
