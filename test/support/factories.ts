// The one facade over the shared factories (scripts/factories/, which also seed the preview) for
// service and route tests: every row made through the real services, with per-test unique names.
import { randomUUID } from "node:crypto";
import prisma from "~/db.server";
import * as factories from "../../scripts/factories/ledger";
import { storeOfflineSession, uniqueShop } from "./shopify";

/** A recorded shop (installed now) with its own domain, in `timezone` (UTC by default). */
export async function createShop(
  options: {
    domain?: string;
    timezone?: string;
    retentionWindowDays?: number;
    earlyRenewalDays?: number;
  } = {},
) {
  return factories.createShop({ ...options, domain: options.domain ?? uniqueShop() });
}

/** A recorded shop with the offline session an install leaves (route tests). */
export async function installedShop(options: { timezone?: string } = {}) {
  const shop = await createShop(options);
  await storeOfflineSession(shop.domain);
  return shop;
}

let developers = 0;
/** A developer with a unique email (no password: see support/portal's makeDeveloper for a logged-in one). */
export async function createDeveloper(name = "Dana Dev") {
  developers += 1;
  return prisma.developer.create({
    data: { name, email: `dev-${process.pid}-${developers}-${Date.now()}@example.com` },
  });
}

/** Credits a paid pack of `tier` at `paidAt` (its own purchase), sold by `developerId`; returns its id. */
export async function buyPack(
  shopId: string,
  tier: string,
  paidAt: string | Date,
  developerId?: string | null,
) {
  return factories.buyPack(shopId, tier, new Date(paidAt), { developerId, purchaseId: randomUUID() });
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

/** A pack row (balances as stored). */
export function packRow(id: string) {
  return prisma.pack.findUniqueOrThrow({ where: { id }, include: { settlement: true } });
}
