import type { Prisma } from "@prisma/client";
import prisma from "../../db.server";
import { isRetryable } from "./sql.server";

export type Tx = Prisma.TransactionClient;

/**
 * Runs `fn` in one transaction that holds the shop's ledger lock (a transaction-scoped advisory
 * lock), so that every change to one shop's balances is planned on the state it applies to.
 * Retries with jittered backoff when PostgreSQL reports a serialization failure or deadlock.
 */
export function inShopTransaction<T>(shopId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return inShopsTransaction([shopId], fn);
}

/** As inShopTransaction, holding the ledger locks of several shops (taken in a fixed order). */
export async function inShopsTransaction<T>(
  shopIds: readonly string[],
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  const ids = [...new Set(shopIds)].sort();
  for (let attempt = 1; ; attempt++) {
    try {
      return await prisma.$transaction(
        async (tx) => {
          await tx.$executeRaw`
            SELECT pg_advisory_xact_lock(hashtextextended(id, 7321)) FROM unnest(${ids}::text[]) WITH ORDINALITY AS t(id, n) ORDER BY n`;
          return fn(tx);
        },
        { maxWait: 10_000, timeout: 60_000 },
      );
    } catch (error) {
      if (attempt >= 5 || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 2 ** attempt * 5 + Math.random() * 20));
    }
  }
}
