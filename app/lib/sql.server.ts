import type { Prisma, PrismaClient } from "@prisma/client";
import type pg from "pg";
import { database } from "../db.server";
import { isConnectionLost } from "../services/database-faults.server";

/**
 * The ledger's SQL: plain parameterized statements ($1, $2 ...). The ledger's own transactions
 * run them on node-postgres directly (Prisma's per-query overhead tripled an approval's cost);
 * `prismaSql` lets a caller that needs Prisma in the same transaction share it.
 */
export interface Sql {
  query<T>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a statement and returns the number of rows it changed. */
  execute(text: string, params?: readonly unknown[]): Promise<number>;
}

/** The same statements on a Prisma client or interactive transaction. */
export function prismaSql(db: PrismaClient | Prisma.TransactionClient): Sql {
  return {
    query: <T>(text: string, params: readonly unknown[] = []) => db.$queryRawUnsafe<T[]>(text, ...params),
    execute: (text, params = []) => db.$executeRawUnsafe(text, ...params),
  };
}

function clientSql(client: pg.Pool | pg.PoolClient): Sql {
  return {
    query: async <T>(text: string, params: readonly unknown[] = []) =>
      (await client.query(text, params as unknown[])).rows as T[],
    execute: async (text, params = []) => (await client.query(text, params as unknown[])).rowCount ?? 0,
  };
}

/** Statements outside a transaction (reads), on the process's pool. */
export function ledgerSql(): Sql {
  return clientSql(database().pool);
}

const RETRYABLE = new Set(["40001", "40P01"]); // serialization failure, deadlock
const MAX_ATTEMPTS = 5;

/** True for errors that mean "run the transaction again". */
export function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "P2034" || (typeof code === "string" && RETRYABLE.has(code))) return true;
  const text = error instanceof Error ? `${error.message} ${String(error.cause ?? "")}` : String(error);
  return /deadlock detected|could not serialize|40001|40P01/.test(text);
}

/** Takes the ledger locks of `$1` (shop ids, sorted): transaction-scoped advisory locks. */
export const LOCK_SHOPS =
  "SELECT pg_advisory_xact_lock(hashtextextended(id, 7321)) FROM unnest($1::text[]) WITH ORDINALITY AS t(id, n) ORDER BY n";

/** Runs a transaction, again with jittered backoff on serialization failures and deadlocks. */
export async function withRetries<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 2 ** attempt * 5 + Math.random() * 20));
    }
  }
}

/**
 * Runs `fn` in one transaction holding the ledger locks of `shopIds` (taken in a fixed order),
 * so that every change to a shop's balances is planned on the state it applies to.
 */
export function inLedgerTransaction<T>(shopIds: readonly string[], fn: (sql: Sql) => Promise<T>): Promise<T> {
  const ids = [...new Set(shopIds)].sort();
  return withRetries(async () => {
    const client = await database().pool.connect();
    // The server may end the session between statements (idle_in_transaction_session_timeout):
    // the next statement fails with it; the event alone must not end the process.
    const ignore = () => {};
    client.on("error", ignore);
    let discard = false;
    try {
      await client.query("BEGIN");
      await client.query(LOCK_SHOPS, [ids]);
      const result = await fn(clientSql(client));
      await client.query("COMMIT");
      return result;
    } catch (error) {
      // A lost connection cannot roll back (nor wait for a server that stopped answering): it is
      // discarded, and the server rolls the transaction back.
      discard =
        isConnectionLost(error) ||
        (await client.query("ROLLBACK").then(
          () => false,
          () => true,
        ));
      throw error;
    } finally {
      client.off("error", ignore);
      client.release(discard);
    }
  });
}

/** A Prisma interactive transaction. */
export type Tx = Prisma.TransactionClient;

/**
 * Runs `fn` in one Prisma transaction holding the shop's ledger lock, for callers that write
 * with Prisma and the ledger together (pass `prismaSql(tx)` to the ledger). Retried like
 * inLedgerTransaction.
 */
export function inShopTransaction<T>(shopId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withRetries(() =>
    database().prisma.$transaction(
      async (tx) => {
        await prismaSql(tx).execute(LOCK_SHOPS, [[shopId]]);
        return fn(tx);
      },
      { maxWait: 10_000, timeout: 60_000 },
    ),
  );
}
