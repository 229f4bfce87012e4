import { randomUUID } from "node:crypto";
import prisma from "~/db.server";
import * as factories from "../../scripts/factories/ledger";
import { uniqueShop } from "./shopify";

/** A new shop in the ledger, in `timezone` (UTC by default). */
export async function createShop(
  options: { timezone?: string; retentionWindowDays?: number; earlyRenewalDays?: number } = {},
) {
  return factories.createShop({ domain: uniqueShop(), ...options });
}

/** Credits a purchase of `tier` paid at `paidAt`; returns the pack id. */
export async function buy(shopId: string, tier: string, paidAt: string | Date, purchaseId = randomUUID()) {
  return factories.buyPack(shopId, tier, new Date(paidAt), { purchaseId });
}

/** Creates a quote of `hours` and approves it at `at`; returns the quote id. */
export async function approvedQuote(shopId: string, hours: number, at: string | Date) {
  return factories.quoteIn(shopId, {
    title: "Work",
    estimateMinutes: Math.round(hours * 60),
    at: new Date(at),
    outcome: "approved",
  });
}

/** A pack row (balances as stored). */
export function packRow(id: string) {
  return prisma.pack.findFirstOrThrow({ where: { id }, include: { settlement: true } });
}
