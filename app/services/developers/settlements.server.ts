import type { Prisma } from "@prisma/client";
import prisma from "../../db.server";
import type { SettledLine } from "../../lib/settlements";
import { ledgerSql } from "../../lib/sql.server";
import { applyTime, shopsAt } from "../ledger/time.server";

/** A final settlement of one of this developer's packs or custom quotes, not yet on an invoice. */
export interface SettledPack extends SettledLine {
  /** The settlement's id; for one time has made final but no sweep recorded yet, the id it will be recorded with. */
  id: string;
  settledAt: Date;
}

/** What a recorded settlement's line reads: its store, its pack or custom quote, basis and hours. */
export const settledLineSelect = {
  basis: true,
  minutes: true,
  shop: { select: { domain: true } },
  pack: { select: { tier: true } },
  quote: { select: { title: true } },
} satisfies Prisma.SettlementSelect;

/** A recorded settlement as settlement lists and invoices name it. */
export function settledLineOf(
  row: Prisma.SettlementGetPayload<{ select: typeof settledLineSelect }>,
): SettledLine {
  return {
    shopDomain: row.shop.domain,
    packTier: row.pack?.tier ?? null,
    quoteTitle: row.quote?.title ?? null,
    basis: row.basis,
    minutes: row.minutes,
  };
}

/**
 * This developer's settled packs not yet invoiced as of `at`, oldest first: those recorded, and
 * those time has made final since the last sweep (projected, nothing written). Money earned stays
 * earned: a store revoking the developer later does not hide its settlements.
 */
export async function uninvoicedSettlements(developerId: string, at: Date): Promise<SettledPack[]> {
  const recorded = await prisma.settlement.findMany({
    where: { developerId, invoiceLine: null },
    select: { id: true, packId: true, settledAt: true, ...settledLineSelect },
  });
  const rows: SettledPack[] = recorded.map((row) => ({
    id: row.id,
    ...settledLineOf(row),
    settledAt: row.settledAt,
  }));
  const settledPacks = new Set(recorded.map((row) => row.packId));
  const unsettled = (await awaitingSettlement(developerId, at)).filter((p) => !settledPacks.has(p.id));
  const packs = new Map(unsettled.map((p) => [p.id, p]));
  const projected = await shopsAt(ledgerSql(), [...new Set(unsettled.map((p) => p.shopId))], at);
  for (const { changes } of projected) {
    for (const settlement of changes.settlements) {
      const pack = packs.get(settlement.packId);
      if (!pack) continue;
      rows.push({
        id: settlement.packId,
        shopDomain: pack.shop.domain,
        packTier: pack.tier,
        quoteTitle: null,
        basis: settlement.basis,
        minutes: settlement.minutes,
        settledAt: settlement.at,
      });
    }
  }
  return rows.sort(
    (a, b) => a.settledAt.getTime() - b.settledAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * Records what time has decided for the shops of this developer's packs among `packIds` that no
 * sweep has settled yet, so that their settlements exist (with the pack's id) before they are
 * put on an invoice. Each shop's change is the ledger's own transaction; safe to repeat.
 */
export async function recordSettlementsOf(developerId: string, packIds: readonly string[], at: Date) {
  const packs = await awaitingSettlement(developerId, at, packIds);
  for (const shopId of new Set(packs.map((p) => p.shopId))) await applyTime(shopId, at);
}

// This developer's unsettled packs past expiry: the only ones time can settle.
function awaitingSettlement(developerId: string, at: Date, ids?: readonly string[]) {
  return prisma.pack.findMany({
    where: {
      developerId,
      settlement: null,
      expiresAt: { lte: at },
      ...(ids ? { id: { in: [...ids] } } : {}),
    },
    select: { id: true, shopId: true, tier: true, shop: { select: { domain: true } } },
  });
}
