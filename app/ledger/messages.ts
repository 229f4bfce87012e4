/** Messages of broken invariants (thrown, never shown to merchants as expected errors). */

export const NEGATIVE_BALANCE = "Ledger entry would make a balance negative";
export const HELD_EXCEEDS_REMAINING = "Ledger entry would hold more minutes than remain";
export const INVALID_ENTRY_AMOUNT = "Ledger entry amounts must be whole non-negative minutes";
export const UNEXPECTED_ENTRY_FIELD = "Ledger entry sets an amount its kind does not use";
export const UNKNOWN_PACK = "Ledger refers to a pack that was not given";
export const HOLD_NOT_FOUND = "Hold part exceeds the minutes held on its pack";
export const PACK_INVARIANT = "Pack balances do not add up";
export const OUTCOME_ALREADY_SET = "Pack retention outcome is already decided";
export const CARRY_IN_ALREADY_SET = "Pack already received a carry-over";
export const SETTLEMENT_ALREADY_SET = "Pack settlement is already final";
export const INVALID_MINUTES = "Minutes must be a whole non-negative number";

/** Throws `message` (with optional details as the cause) unless `condition` holds. */
export function invariant(condition: unknown, message: string, details?: unknown): asserts condition {
  if (!condition) throw new Error(message, details === undefined ? undefined : { cause: details });
}
export const CARRIED_WITHOUT_TARGET = "Pack outcome is carried but names no receiving pack";
