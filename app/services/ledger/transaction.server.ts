import type { Prisma } from "@prisma/client";
import prisma from "../../db.server";
import { LOCK_SHOPS, withRetries } from "./sql.server";

export type Tx = Prisma.TransactionClient;

/**
 * Runs `fn` in one Prisma transaction holding the shop's ledger lock, for callers that write
 * with Prisma and the ledger together (pass `prismaSql(tx)` to the ledger). Retried like
 * inLedgerTransaction.
 */
export function inShopTransaction<T>(shopId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withRetries(() =>
    prisma.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(LOCK_SHOPS, [shopId]);
        return fn(tx);
      },
      { maxWait: 10_000, timeout: 60_000 },
    ),
  );
}
