import prisma from "../../db.server";
import { applyTime } from "../ledger/time.server";

/** A final settlement of one of this developer's packs or custom quotes, not yet on an invoice. */
export interface SettledPack {
  id: string;
  shopDomain: string;
  /** The pack's tier, or null for a custom quote (then `quoteTitle`). */
  packTier: string | null;
  quoteTitle: string | null;
  basis: string;
  minutes: number;
  settledAt: Date;
}

/**
 * Makes final what time has decided for this developer's packs (expiries and closed retention
 * windows since the last sweep), so the list is complete. Idempotent: each shop's change is the
 * ledger's own transaction.
 */
export async function refreshSettlements(developerId: string, at: Date): Promise<void> {
  const pending = await prisma.pack.findMany({
    where: { developerId, settlement: null, expiresAt: { lt: at } },
    select: { shopId: true },
    distinct: ["shopId"],
  });
  for (const { shopId } of pending) await applyTime(shopId, at);
}

/**
 * This developer's settled packs not yet invoiced, oldest first. Money earned stays earned: a
 * store revoking the developer later does not hide its settlements.
 */
export async function uninvoicedSettlements(developerId: string): Promise<SettledPack[]> {
  const rows = await prisma.settlement.findMany({
    where: { developerId, invoiceLine: null },
    select: {
      id: true,
      basis: true,
      minutes: true,
      settledAt: true,
      shop: { select: { domain: true } },
      pack: { select: { tier: true } },
      quote: { select: { title: true } },
    },
    orderBy: [{ settledAt: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => ({
    id: row.id,
    shopDomain: row.shop.domain,
    packTier: row.pack?.tier ?? null,
    quoteTitle: row.quote?.title ?? null,
    basis: row.basis,
    minutes: row.minutes,
    settledAt: row.settledAt,
  }));
}
