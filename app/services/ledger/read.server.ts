import {
  availableMinutes,
  expiringSoon,
  nextExpiry,
  openWindows,
  packView,
  type ExpiryNotice,
  type PackState,
  type PackView,
  type WindowNotice,
} from "../../ledger";
import { Prisma } from "@prisma/client";
import prisma from "../../db.server";
import { ledgerSql, prismaSql, type Sql } from "../../lib/sql.server";
import type { ShopContext } from "./shop-context.sql.server";
import { shopsAt } from "./time.server";

/**
 * Runs reads in one repeatable-read snapshot, so that recorded rows and the projection of time
 * made from the packs agree even while a sweep commits. Writes nothing.
 */
export function readSnapshot<T>(fn: (tx: Prisma.TransactionClient, sql: Sql) => Promise<T>): Promise<T> {
  return prisma.$transaction((tx) => fn(tx, prismaSql(tx)), {
    isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead,
    // The monthly report projects every shop with unrecorded transitions inside one snapshot.
    maxWait: 10_000,
    timeout: 60_000,
  });
}

/** A pack as the merchant's pages show it: the contract's view plus minutes for arithmetic. */
export interface PackSummary extends PackView {
  paidAt: Date;
  expiresAt: Date | null;
  ownLeftMinutes: number;
  carriedLeftMinutes: number;
  heldMinutes: number;
  availableMinutes: number;
}

export interface BalanceSummary {
  timeZone: string;
  availableMinutes: number;
  heldMinutes: number;
  nextExpiry: ExpiryNotice | null;
  /** Unused, unheld minutes expiring within 30 days, soonest first. */
  expiringSoon: ExpiryNotice[];
  openWindows: WindowNotice[];
  packs: PackSummary[];
}

/**
 * A shop's balances as they are at `at` (time applied in memory, nothing written). Reads one row
 * per pack: the cost does not grow with the number of entries.
 */
export async function balanceSummary(shopId: string, at: Date): Promise<BalanceSummary | null> {
  return (await balanceSummaries([shopId], at)).get(shopId) ?? null;
}

/** The balance summaries of the known shops among `shopIds` at `at`, by shop id (three queries). */
export async function balanceSummaries(
  shopIds: readonly string[],
  at: Date,
): Promise<Map<string, BalanceSummary>> {
  const projected = await shopsAt(ledgerSql(), shopIds, at);
  return new Map(projected.map(({ shop, changes }) => [shop.id, summarize(shop, changes.after, at)]));
}

function summarize(shop: ShopContext, packs: readonly PackState[], at: Date): BalanceSummary {
  const summaries = packs.map((pack) => packSummary(pack, at, shop.timeZone));
  return {
    timeZone: shop.timeZone,
    availableMinutes: summaries.reduce((sum, p) => sum + p.availableMinutes, 0),
    heldMinutes: summaries.reduce((sum, p) => sum + p.heldMinutes, 0),
    nextExpiry: nextExpiry(packs, at, shop.timeZone),
    expiringSoon: expiringSoon(packs, at, shop.timeZone),
    openWindows: openWindows(packs, at, shop.timeZone, shop.policy),
    packs: summaries,
  };
}

function packSummary(pack: PackState, at: Date, timeZone: string): PackSummary {
  return {
    ...packView(pack, at, timeZone),
    paidAt: pack.paidAt,
    expiresAt: pack.expiresAt,
    ownLeftMinutes: pack.ownRemaining,
    carriedLeftMinutes: pack.carriedRemaining,
    heldMinutes: pack.heldOwn + pack.heldCarried,
    availableMinutes: availableMinutes(pack, at),
  };
}
