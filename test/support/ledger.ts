import { randomUUID } from "node:crypto";
import prisma from "~/db.server";
import { creditPurchase } from "~/services/ledger/purchases.server";
import { approveQuote, createQuote } from "~/services/ledger/quotes.server";
import { uniqueShop } from "./shopify";

/** A new shop in the ledger, in `timezone` (UTC by default). */
export async function createShop(
  options: { timezone?: string; retentionWindowDays?: number; earlyRenewalDays?: number } = {},
) {
  return prisma.shop.create({
    data: { domain: uniqueShop(), timezone: options.timezone ?? "UTC", ...options },
  });
}

/** Credits a purchase of `tier` paid at `paidAt`; returns the pack id. */
export async function buy(shopId: string, tier: string, paidAt: string | Date, purchaseId = randomUUID()) {
  const result = await creditPurchase({
    shopId,
    shopifyPurchaseId: `gid://shopify/AppPurchaseOneTime/${purchaseId}`,
    tier,
    paidAt: new Date(paidAt),
  });
  if (!result.ok) throw new Error(result.message);
  return result.packId;
}

/** Creates a quote of `hours` and approves it at `at`; returns the quote id. */
export async function approvedQuote(shopId: string, hours: number, at: string | Date) {
  const created = await createQuote({ shopId, title: "Work", estimate: { hours } }, new Date(at));
  if (!created.ok) throw new Error(created.message);
  const approved = await approveQuote(shopId, created.quote.id, new Date(at));
  if (!approved.ok) throw new Error(approved.message);
  return created.quote.id;
}

/** A pack row (balances as stored). */
export function packRow(id: string) {
  return prisma.pack.findUniqueOrThrow({ where: { id }, include: { settlement: true } });
}
