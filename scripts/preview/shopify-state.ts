// The emulated Shopify's memory: stores and their one-time app purchases. It lives as long as
// the preview process, like the throwaway database it goes with.
import * as clock from "~/clock.server";

export type PurchaseStatus = "PENDING" | "ACTIVE" | "DECLINED" | "EXPIRED";

export interface EmulatedPurchase {
  /** Numeric id, as in gid://shopify/AppPurchaseOneTime/{id} and Shopify's charge_id. */
  id: number;
  shop: string;
  name: string;
  amount: string;
  currencyCode: string;
  test: boolean;
  returnUrl: string;
  status: PurchaseStatus;
  createdAt: Date;
}

const shops = new Map<string, { timezone: string }>();
const shopIds = new Map<string, number>();
const purchases = new Map<number, EmulatedPurchase>();
let nextPurchaseId = 1001;

export const purchaseGid = (id: number) => `gid://shopify/AppPurchaseOneTime/${id}`;

/** A store's settings; unknown stores exist in UTC (any handle can be opened and installed). */
export function shopSettings(shop: string): { timezone: string } {
  return shops.get(shop) ?? { timezone: "UTC" };
}

/** A store's Shopify id (gid://shopify/Shop/{n}), the same for the life of the preview. */
export function shopGid(shop: string): string {
  if (!shopIds.has(shop)) shopIds.set(shop, 548380001 + shopIds.size);
  return `gid://shopify/Shop/${shopIds.get(shop)}`;
}

export function defineShop(shop: string, settings: { timezone: string }): void {
  shops.set(shop, settings);
}

/** Creates a pending purchase, paid (if approved) as of the preview clock's now. */
export function createPurchase(input: Omit<EmulatedPurchase, "id" | "status" | "createdAt">) {
  const purchase: EmulatedPurchase = {
    ...input,
    id: nextPurchaseId++,
    status: "PENDING",
    createdAt: clock.now(),
  };
  purchases.set(purchase.id, purchase);
  return purchase;
}

export function findPurchase(id: number): EmulatedPurchase | undefined {
  return purchases.get(id);
}

export function findPurchaseByGid(gid: string): EmulatedPurchase | undefined {
  const match = /^gid:\/\/shopify\/AppPurchaseOneTime\/(\d+)$/.exec(gid);
  return match ? purchases.get(Number(match[1])) : undefined;
}

/** The merchant's answer on the approval page; only a pending purchase changes. */
export function decide(id: number, status: "ACTIVE" | "DECLINED"): EmulatedPurchase | undefined {
  const purchase = purchases.get(id);
  if (!purchase || purchase.status !== "PENDING") return purchase;
  purchase.status = status;
  return purchase;
}

/** A purchase as the Admin API's AppPurchaseOneTime type answers it. */
export function purchaseNode(purchase: EmulatedPurchase) {
  return {
    __typename: "AppPurchaseOneTime",
    id: purchaseGid(purchase.id),
    name: purchase.name,
    status: purchase.status,
    test: purchase.test,
    createdAt: purchase.createdAt.toISOString(),
    price: { amount: purchase.amount, currencyCode: purchase.currencyCode },
  };
}
