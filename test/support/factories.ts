// Rows for service and route tests, made through the real services where a rule applies.
import prisma from "~/db.server";
import { creditPurchase } from "~/services/ledger/purchases.server";
import { approveQuote, completeQuote, createQuote } from "~/services/ledger/quotes.server";
import { storeOfflineSession, uniqueShop } from "./shopify";

/** A recorded shop (installed now) with its own domain. */
export async function createShop(options: { domain?: string; timezone?: string } = {}) {
  return prisma.shop.create({
    data: { domain: options.domain ?? uniqueShop(), timezone: options.timezone ?? "UTC" },
  });
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
  const result = await creditPurchase({
    shopId,
    shopifyPurchaseId: `gid://shopify/AppPurchaseOneTime/test-${process.pid}-${purchases}`,
    tier,
    paidAt,
    developerId: developerId ?? null,
  });
  if (!result.ok) throw new Error(result.message);
  return result.packId;
}

/** A quote approved at `approvedAt` and, when `actualMinutes` is given, completed at `completedAt`. */
export async function workDone(
  shopId: string,
  minutes: { estimate: number; actual?: number },
  approvedAt: Date,
  completedAt?: Date,
  developerId?: string,
) {
  const created = await createQuote(
    {
      shopId,
      developerId: developerId ?? null,
      title: "Fix the theme",
      estimate: { minutes: minutes.estimate },
    },
    approvedAt,
  );
  if (!created.ok) throw new Error(created.message);
  const approved = await approveQuote(shopId, created.quote.id, approvedAt);
  if (!approved.ok) throw new Error(approved.message);
  if (minutes.actual !== undefined) {
    const done = await completeQuote(
      shopId,
      created.quote.id,
      { minutes: minutes.actual },
      completedAt ?? approvedAt,
    );
    if (!done.ok) throw new Error(done.message);
  }
  return created.quote.id;
}

/** A recorded shop with the offline session an install leaves (route tests). */
export async function installedShop(options: { timezone?: string } = {}) {
  const shop = await createShop(options);
  await storeOfflineSession(shop.domain);
  return shop;
}
