import prisma from "../../db.server";
import { isUuid } from "../../lib/ids";
import type { Tx } from "../../lib/sql.server";

/** A store a developer may currently work for. */
export interface ConnectedShop {
  id: string;
  domain: string;
  connectedAt: Date;
}

type Db = Tx | typeof prisma;

/**
 * The store, when this developer is connected to it and not revoked (and the store is installed);
 * null otherwise, so that a guessed or revoked id looks like a missing one.
 */
export async function connectedShop(
  developerId: string,
  shopId: string,
  db: Db = prisma,
): Promise<ConnectedShop | null> {
  if (!isUuid(shopId)) return null;
  const row = await db.shopDeveloper.findFirst({
    where: { developerId, shopId, revokedAt: null, shop: { uninstalledAt: null } },
    select: { connectedAt: true, shop: { select: { id: true, domain: true } } },
  });
  return row ? { id: row.shop.id, domain: row.shop.domain, connectedAt: row.connectedAt } : null;
}

/** Every store this developer may currently work for, by domain. */
export async function connectedShops(developerId: string, db: Db = prisma): Promise<ConnectedShop[]> {
  const rows = await db.shopDeveloper.findMany({
    where: { developerId, revokedAt: null, shop: { uninstalledAt: null } },
    select: { connectedAt: true, shop: { select: { id: true, domain: true } } },
    orderBy: { shop: { domain: "asc" } },
  });
  return rows.map((row) => ({ id: row.shop.id, domain: row.shop.domain, connectedAt: row.connectedAt }));
}

/** The Prisma filter for quotes this developer may see: theirs, on stores still connected. */
export function visibleQuotes(developerId: string) {
  return {
    developerId,
    shop: {
      uninstalledAt: null,
      developers: { some: { developerId, revokedAt: null } },
    },
  };
}
