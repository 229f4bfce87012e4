import { isUuid } from "../../lib/ids";
import { safeTimeZone, type Policy } from "../../ledger";
import type { Sql } from "../../lib/sql.server";

/** What the ledger needs to know about a shop: its time zone and retention policy. */
export interface ShopContext {
  id: string;
  timeZone: string;
  policy: Policy;
}

/** Loads a shop's ledger context; null for an unknown shop id. */
export async function shopContext(sql: Sql, shopId: string): Promise<ShopContext | null> {
  return (await shopContexts(sql, [shopId]))[0] ?? null;
}

/** The ledger contexts of the known shops among `shopIds`. */
export async function shopContexts(sql: Sql, shopIds: readonly string[]): Promise<ShopContext[]> {
  const ids = shopIds.filter((id) => isUuid(id));
  if (ids.length === 0) return [];
  const shops = await sql.query<{
    id: string;
    timezone: string;
    retentionWindowDays: number;
    earlyRenewalDays: number;
  }>(
    `SELECT id::text, timezone, "retentionWindowDays", "earlyRenewalDays" FROM "Shop" WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  return shops.map((shop) => ({
    id: shop.id,
    timeZone: safeTimeZone(shop.timezone),
    policy: { retentionWindowDays: shop.retentionWindowDays, earlyRenewalDays: shop.earlyRenewalDays },
  }));
}
