import { BillingInterval } from "@shopify/shopify-app-remix/server";
import { TIERS, type Tier } from "../../ledger";

/** The amount Shopify charges for a tier, in the currency's major unit (Shopify's MoneyInput). */
export function tierAmount(tier: Tier): number {
  return tier.priceCents / 100;
}

/**
 * One one-time billing plan per tier, named as `tierByPlan` reads them ("25 hour pack"), for
 * `shopifyApp({ billing })`. Purchases are created by our own `appPurchaseOneTimeCreate` call
 * from the same tiers (docs/decisions/010-one-time-purchases.md).
 */
export const billingPlans = Object.fromEntries(
  TIERS.map((tier) => [
    tier.billingPlan,
    { amount: tierAmount(tier), currencyCode: tier.currencyCode, interval: BillingInterval.OneTime } as const,
  ]),
);
