import prisma from "../db.server";
import { isUuid } from "../lib/ids";
import type { Tx } from "../lib/sql.server";

export type ConnectionSource = "merchant" | "offer";

export interface ShopDeveloperView {
  developerId: string;
  name: string;
  email: string;
  source: ConnectionSource;
  connectedAt: Date;
}

/** The developers connected to a shop (not revoked), earliest first. */
export async function listShopDevelopers(shopId: string): Promise<ShopDeveloperView[]> {
  const rows = await prisma.shopDeveloper.findMany({
    where: { shopId, revokedAt: null },
    include: { developer: { select: { name: true, email: true } } },
    orderBy: { connectedAt: "asc" },
  });
  return rows.map((row) => ({
    developerId: row.developerId,
    name: row.developer.name,
    email: row.developer.email,
    source: row.source as ConnectionSource,
    connectedAt: row.connectedAt,
  }));
}

/**
 * Connects (or reconnects) a developer inside the caller's transaction: only ever on the developer's
 * own act (accepting a store's request, or a purchase through their offer link). An existing live
 * connection keeps its source and date; a revoked one is restored with the new source.
 */
export async function connectInTx(
  tx: Tx,
  shopId: string,
  developerId: string,
  source: ConnectionSource,
  at: Date,
) {
  const current = await tx.shopDeveloper.findUnique({
    where: { shopId_developerId: { shopId, developerId } },
  });
  if (current && current.revokedAt === null) return current;
  return tx.shopDeveloper.upsert({
    where: { shopId_developerId: { shopId, developerId } },
    create: { shopId, developerId, source, connectedAt: at },
    update: { source, connectedAt: at, revokedAt: null },
  });
}

/** Revokes a developer's access to a shop; false when they were not connected to it. */
export async function revokeDeveloper(shopId: string, developerId: string, at: Date): Promise<boolean> {
  if (!isUuid(developerId)) return false;
  const result = await prisma.shopDeveloper.updateMany({
    where: { shopId, developerId, revokedAt: null },
    data: { revokedAt: at },
  });
  return result.count === 1;
}
