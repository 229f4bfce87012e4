import { z } from "zod";
import prisma from "../db.server";
import { isUuid } from "../lib/ids";
import type { Tx } from "./ledger/transaction.server";
import * as clock from "../clock.server";

export type ConnectionSource = "merchant" | "offer";

export interface ShopDeveloperView {
  developerId: string;
  name: string;
  email: string;
  source: ConnectionSource;
  connectedAt: Date;
}

export type ConnectResult =
  | { ok: true; developer: ShopDeveloperView; created: boolean }
  | { ok: false; code: "invalid_input"; message: string };

const emailSchema = z.email();

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
 * Connects a developer to a shop by email. A developer without an account yet gets a row with just
 * the email (the developer portal sends the invitation); reconnecting a revoked one restores them.
 */
export async function connectDeveloperByEmail(
  shopId: string,
  email: string,
  at = clock.now(),
): Promise<ConnectResult> {
  const parsed = emailSchema.safeParse(email.trim().toLowerCase());
  if (!parsed.success)
    return {
      ok: false,
      code: "invalid_input",
      message: "Enter the developer's email address, like dev@example.com.",
    };
  const address = parsed.data;
  return prisma.$transaction(async (tx) => {
    const existing = await tx.developer.findUnique({ where: { email: address } });
    const developer =
      existing ??
      (await tx.developer.create({ data: { email: address, name: address.split("@")[0] ?? address } }));
    const connection = await connectInTx(tx, shopId, developer.id, "merchant", at);
    return {
      ok: true as const,
      created: existing === null,
      developer: {
        developerId: developer.id,
        name: developer.name,
        email: developer.email,
        source: connection.source as ConnectionSource,
        connectedAt: connection.connectedAt,
      },
    };
  });
}

/**
 * Connects (or reconnects) a developer inside the caller's transaction. An existing live connection
 * keeps its source and date; a revoked one is restored with the new source.
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
