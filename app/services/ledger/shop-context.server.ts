import { safeTimeZone, type Policy } from "../../ledger";
import type { Tx } from "./transaction.server";

/** What the ledger needs to know about a shop: its time zone and retention policy. */
export interface ShopContext {
  id: string;
  timeZone: string;
  policy: Policy;
}

/** Loads a shop's ledger context; null for an unknown shop id. */
export async function shopContext(db: Tx, shopId: string): Promise<ShopContext | null> {
  const shop = await db.shop.findUnique({
    where: { id: shopId },
    select: { id: true, timezone: true, retentionWindowDays: true, earlyRenewalDays: true },
  });
  if (!shop) return null;
  return {
    id: shop.id,
    timeZone: safeTimeZone(shop.timezone),
    policy: { retentionWindowDays: shop.retentionWindowDays, earlyRenewalDays: shop.earlyRenewalDays },
  };
}
