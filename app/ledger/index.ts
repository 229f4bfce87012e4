export * from "./types";
export {
  TIERS,
  buyToCover,
  describePacks,
  findTier,
  listedTiers,
  packsCovering,
  parseTier,
  tierByPlan,
  type Tier,
} from "./catalog";
export { hoursToMinutes, minutesToHours } from "./units";
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
  checkQuoteAction,
  checkResolution,
  completionOf,
  customQuotePriceCents,
  customQuoteSettlement,
  overrunLimit,
  type QuoteAction,
  type QuotePolicy,
  type QuoteStatus,
} from "./quote-rules";
export { qualifyingPurchase } from "./retention";
export { isExhausted, settlementFor } from "./settlement";
export { applyPlan, packStatus, packView, type PackStatus, type PackView } from "./project";
export { planTimeUntil, projectAt, type TimeOptions } from "./time";
export { PENDING_PURCHASE_AWAIT_MS, awaitedSince } from "./awaiting";
export {
  THRESHOLDS,
  expiringSoon,
  nextExpiry,
  openWindows,
  reminderHorizon,
  remindersAt,
  remindersOf,
  thresholdFor,
  type ExpiryNotice,
  type Reminder,
  type Threshold,
  type WindowNotice,
} from "./reminders";
export * as messages from "./messages";
