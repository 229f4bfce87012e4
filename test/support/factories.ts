// Rows for service and route tests, made through the shared factories (scripts/factories/,
// which also seed the preview) with per-test unique names.
import prisma from "~/db.server";
import * as factories from "../../scripts/factories/ledger";
import { storeOfflineSession, uniqueShop } from "./shopify";

/** A recorded shop (installed now) with its own domain. */
export async function createShop(options: { domain?: string; timezone?: string } = {}) {
  return factories.createShop({ domain: options.domain ?? uniqueShop(), timezone: options.timezone });
}

let developers = 0;
/** A developer with a unique email. */
export async function createDeveloper(name = "Dana Dev") {
  developers += 1;
  return prisma.developer.create({
    data: { name, email: `dev-${process.pid}-${developers}-${Date.now()}@example.com` },
  });
}

let purchases = 0;
/** A credited pack of `tier` paid at `paidAt`; returns its id. */
export async function buyPack(shopId: string, tier: string, paidAt: Date, developerId?: string) {
  purchases += 1;
  return factories.buyPack(shopId, tier, paidAt, {
    developerId,
    purchaseId: `test-${process.pid}-${purchases}`,
  });
}

/** A quote approved at `approvedAt` and, when `actualMinutes` is given, completed at `completedAt`. */
export function workDone(
  shopId: string,
  minutes: { estimate: number; actual?: number },
  approvedAt: Date,
  completedAt?: Date,
  developerId?: string,
) {
  return factories.quoteIn(shopId, {
    developerId,
    estimateMinutes: minutes.estimate,
    at: approvedAt,
    outcome: minutes.actual === undefined ? "approved" : "completed",
    actualMinutes: minutes.actual,
    closedAt: completedAt,
  });
}

/** A recorded shop with the offline session an install leaves (route tests). */
export async function installedShop(options: { timezone?: string } = {}) {
  const shop = await createShop(options);
  await storeOfflineSession(shop.domain);
  return shop;
}
