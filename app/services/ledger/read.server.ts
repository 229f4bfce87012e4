import {
  availableMinutes,
  isPastExpiry,
  packView,
  windowEndsAt,
  windowLastDay,
  expiresOn,
  type LocalDate,
  type PackState,
  type PackView,
} from "../../ledger";
import { ledgerSql } from "./sql.server";
import { loadPacks } from "./packs-store.server";
import { shopContext, type ShopContext } from "./shop-context.server";
import { pendingPurchaseInstants } from "./held-open.server";
import { planTimeFor } from "./time.server";

const DAY = 24 * 60 * 60 * 1000;

/** A pack as the merchant's pages show it: the contract's view plus minutes for arithmetic. */
export interface PackSummary extends PackView {
  paidAt: Date;
  expiresAt: Date | null;
  ownLeftMinutes: number;
  carriedLeftMinutes: number;
  heldMinutes: number;
  availableMinutes: number;
}

/** Hours that expire soon, or expired with the retention window still open. */
export interface ExpiryNotice {
  packId: string;
  minutes: number;
  expiresOn: LocalDate;
  /** Whole days from `at` until expiry (0 on the last day). */
  daysLeft: number;
}
export interface WindowNotice {
  packId: string;
  minutes: number;
  expiredOn: LocalDate;
  /** The last local date a purchase still receives the minutes. */
  buyBy: LocalDate;
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
  const sql = ledgerSql();
  const shop = await shopContext(sql, shopId);
  if (!shop) return null;
  const pending = (await pendingPurchaseInstants(sql, [shopId], at)).get(shopId);
  // The same planning as applyTime, in memory: the page shows time as it is, written or not.
  const packs = [...planTimeFor(shop, await loadPacks(sql, shopId), at, pending).after];
  return summarize(shop, packs, at);
}

/** The summary of already-projected packs (exported for the simulator and jobs). */
export function summarize(shop: ShopContext, packs: readonly PackState[], at: Date): BalanceSummary {
  const summaries = packs.map((pack) => packSummary(pack, at, shop.timeZone));
  const expiring: ExpiryNotice[] = [];
  const windows: WindowNotice[] = [];
  for (const pack of packs) {
    if (pack.expiresAt === null || pack.settlement !== null) continue;
    const unheld = pack.ownRemaining - pack.heldOwn + (pack.carriedRemaining - pack.heldCarried);
    if (!isPastExpiry(pack, at)) {
      const daysLeft = Math.floor((pack.expiresAt.getTime() - at.getTime()) / DAY);
      if (unheld > 0 && daysLeft < 30) {
        expiring.push({
          packId: pack.id,
          minutes: unheld,
          expiresOn: expiresOn(pack.expiresAt, shop.timeZone),
          daysLeft,
        });
      }
    } else if (pack.outcome === null && at < windowEndsAt(pack.expiresAt, shop.timeZone, shop.policy)) {
      const carryable = pack.ownRemaining - pack.heldOwn;
      if (carryable > 0) {
        windows.push({
          packId: pack.id,
          minutes: carryable,
          expiredOn: expiresOn(pack.expiresAt, shop.timeZone),
          buyBy: windowLastDay(pack.expiresAt, shop.timeZone, shop.policy),
        });
      }
    }
  }
  expiring.sort((a, b) => a.daysLeft - b.daysLeft);
  const nextExpiry = nextExpiring(packs, at, shop.timeZone);
  return {
    timeZone: shop.timeZone,
    availableMinutes: summaries.reduce((sum, p) => sum + p.availableMinutes, 0),
    heldMinutes: summaries.reduce((sum, p) => sum + p.heldMinutes, 0),
    nextExpiry,
    expiringSoon: expiring,
    openWindows: windows,
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

function nextExpiring(packs: readonly PackState[], at: Date, timeZone: string): ExpiryNotice | null {
  let next: PackState | null = null;
  for (const pack of packs) {
    if (pack.expiresAt === null || isPastExpiry(pack, at) || availableMinutes(pack, at) === 0) continue;
    if (!next || pack.expiresAt < (next.expiresAt as Date)) next = pack;
  }
  if (!next?.expiresAt) return null;
  return {
    packId: next.id,
    minutes: availableMinutes(next, at),
    expiresOn: expiresOn(next.expiresAt, timeZone),
    daysLeft: Math.floor((next.expiresAt.getTime() - at.getTime()) / DAY),
  };
}
