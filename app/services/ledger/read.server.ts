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
import { ledgerSql } from "./sql.server";
import type { ShopContext } from "./shop-context.server";
import { shopsAt } from "./time.server";

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
  const [projected] = await shopsAt(ledgerSql(), [shopId], at);
  if (!projected) return null;
  return summarize(projected.shop, projected.changes.after, at);
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
