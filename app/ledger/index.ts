export * from "./types";
export {
  TIERS,
  describePacks,
  findTier,
  listedTiers,
  packsCovering,
  parseTier,
  tierByPlan,
  type Tier,
} from "./catalog";
export { hoursToMinutes, minutesToHours, formatHours } from "./units";
export {
  CARRY_OVER_CUTOVER,
  EXPIRY_CUTOVER,
  VALIDITY_MONTHS,
  addLocalDays,
  earlyRenewalStartsAt,
  expiresAt,
  expiresOn,
  isCarryOverEligible,
  localDate,
  safeTimeZone,
  startOfLocalDate,
  windowEndsAt,
  windowLastDay,
  type LocalDate,
} from "./validity";
export {
  addEntry,
  applyEntry,
  assertPackInvariant,
  emptyBalances,
  foldEntries,
  isBalanced,
  pickBalances,
} from "./balances";
export {
  allocate,
  availableMinutes,
  compareConsumption,
  consumptionOrder,
  isPastExpiry,
  totalAvailable,
} from "./allocation";
export { planPurchase } from "./purchase";
export { planApprove, planComplete, planRelease } from "./quotes";
export {
  DEFAULT_QUOTE_POLICY,
  MIN_RESOLVED_MINUTES,
  QUOTE_STATUSES,
  checkQuoteAction,
  checkResolution,
  completionOf,
  customQuotePriceCents,
  customQuoteSettlement,
  overrunLimit,
  type Completion,
  type PaidWith,
  type QuoteAction,
  type QuotePolicy,
  type QuoteStatus,
} from "./quote-rules";
export { planTime, qualifyingPurchase } from "./retention";
export { isExhausted, settlementFor } from "./settlement";
export { applyPlan, packStatus, packView, projectAt, type PackStatus, type PackView } from "./project";
export * as messages from "./messages";
