import { addEntry, emptyBalances, isBalanced, type Balances, type EntryKind } from "../../ledger";
import prisma from "../../db.server";
import { ledgerSql } from "../../lib/sql.server";
import { balancesOf } from "./packs.sql.server";

/** A pack whose stored balances differ from the fold of its entries. */
export interface LedgerDifference {
  shopId: string;
  packId: string;
  field: keyof Balances | "conservation";
  stored: number;
  fromEntries: number;
}

type Sums = { packId: string; kind: EntryKind; own: number; carried: number };

/**
 * Rebuilds every pack's balances from its entries (optionally for one shop) and lists each
 * difference from the stored columns, plus packs whose minutes do not add up. Empty = consistent.
 */
export async function checkLedger(shopId?: string): Promise<LedgerDifference[]> {
  const packs = await prisma.pack.findMany({ where: shopId ? { shopId } : {} });
  const sums = await ledgerSql().query<Sums>(
    `SELECT "packId"::text AS "packId", kind, SUM(own)::int AS own, SUM(carried)::int AS carried
       FROM "LedgerEntry"
      WHERE $1::uuid IS NULL OR "shopId" = $1::uuid
      GROUP BY "packId", kind`,
    [shopId ?? null],
  );
  const rebuilt = new Map<string, Balances>();
  for (const row of sums) {
    // The fold is linear in each entry's minutes: one sum per kind stands for all its entries.
    rebuilt.set(row.packId, addEntry(rebuilt.get(row.packId) ?? emptyBalances(), row));
  }
  const differences: LedgerDifference[] = [];
  for (const pack of packs) {
    const stored = balancesOf(pack);
    const fromEntries = rebuilt.get(pack.id) ?? emptyBalances();
    for (const field of Object.keys(stored) as (keyof Balances)[]) {
      if (stored[field] !== fromEntries[field]) {
        differences.push({
          shopId: pack.shopId,
          packId: pack.id,
          field,
          stored: stored[field],
          fromEntries: fromEntries[field],
        });
      }
    }
    if (!isBalanced({ ownMinutes: pack.ownMinutes, ...fromEntries })) {
      differences.push({
        shopId: pack.shopId,
        packId: pack.id,
        field: "conservation",
        stored: 0,
        fromEntries: 0,
      });
    }
  }
  return differences;
}
