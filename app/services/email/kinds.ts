// Every kind of email, who gets it, and the preference that turns it off (docs/decisions/061).
// Plain data: the Settings pages list these, the email job and the unsubscribe link use them.

/** What a merchant can turn off (Settings), and the Shop column that holds it. */
export const MERCHANT_PREFERENCES = {
  expiry_reminder: {
    column: "remindBeforeExpiry",
    label: "Hours about to expire (30, 14, 7 and 1 days before)",
  },
  window_reminder: { column: "remindDuringWindow", label: "Expired hours that a new pack can still keep" },
  quote_waiting: { column: "emailQuoteWaiting", label: "A quote waiting for your approval" },
  overrun_waiting: {
    column: "emailOverrunWaiting",
    label: "Time over an estimate waiting for your approval, and how a dispute was resolved",
  },
  purchase_credited: { column: "emailPurchaseCredited", label: "A purchase credited to your hours" },
} as const;
export type MerchantPreference = keyof typeof MERCHANT_PREFERENCES;
export type ShopPreferenceColumn = (typeof MERCHANT_PREFERENCES)[MerchantPreference]["column"];

/** What a developer can turn off (portal Settings); `admin` kinds go to company admins only. */
export const DEVELOPER_PREFERENCES = {
  account_link: { admin: false, label: "Invite and password links the company issues for you" },
  client_reminder: {
    admin: false,
    label: "Your clients' hours about to expire, or expired and still keepable",
  },
  connection_request: { admin: false, label: "A store asking to connect with you" },
  quote_approved: { admin: false, label: "A quote approved" },
  quote_declined: { admin: false, label: "A quote declined" },
  quote_paid: { admin: false, label: "A quote paid as a custom quote" },
  settlement_final: { admin: false, label: "A pack settled: ready to invoice" },
  invoice_submitted: { admin: true, label: "An invoice submitted (company admins)" },
  dispute_resolved: { admin: false, label: "A dispute on your quote resolved by the company" },
  dispute_opened: { admin: true, label: "A dispute opened (company admins)" },
} as const;
export type DeveloperPreference = keyof typeof DEVELOPER_PREFERENCES;

export type Preference = MerchantPreference | DeveloperPreference;

/** Each kind of message (one template each), and the preference that governs it. */
export const MESSAGE_KINDS = {
  invite: "account_link",
  password_reset: "account_link",
  expiry_reminder: "expiry_reminder",
  window_reminder: "window_reminder",
  quote_waiting: "quote_waiting",
  overrun_waiting: "overrun_waiting",
  purchase_credited: "purchase_credited",
  client_reminder: "client_reminder",
  connection_request: "connection_request",
  quote_approved: "quote_approved",
  quote_declined: "quote_declined",
  quote_paid: "quote_paid",
  settlement_final: "settlement_final",
  invoice_submitted: "invoice_submitted",
  dispute_opened: "dispute_opened",
  dispute_resolved: "overrun_waiting",
  dispute_resolved_developer: "dispute_resolved",
} as const satisfies Record<string, Preference>;
export type MessageKind = keyof typeof MESSAGE_KINDS;

export function isMerchantPreference(value: string): value is MerchantPreference {
  return Object.hasOwn(MERCHANT_PREFERENCES, value);
}

export function isDeveloperPreference(value: string): value is DeveloperPreference {
  return Object.hasOwn(DEVELOPER_PREFERENCES, value);
}
