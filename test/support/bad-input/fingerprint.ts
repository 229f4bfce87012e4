// What "nothing changed" means for the bad-input matrix: every table's row count and the sum of its
// rows' hashes (order-free, so nothing is sorted), the ledger's balances per pack and the quotes'
// statuses, read in one prepared SQL statement (it runs after each of ~1,700 probes).
import prisma, { database } from "~/db.server";

// Columns that reading a page may touch: a portal session slides its idle expiry.
const VOLATILE: Record<string, string[]> = {
  DeveloperSession: ["lastSeenAt", "expiresAt"],
  Shop: ["updatedAt"],
};

let statement: string | null = null;

async function buildStatement(): Promise<string> {
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT table_name::text AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
    ORDER BY table_name`;
  const perTable = tables.map(({ name }) => {
    const dropped = (VOLATILE[name] ?? []).map((column) => ` - '${column}'`).join("");
    return `'${name}', (SELECT json_build_array(count(*), sum(hashtextextended((to_jsonb(t)${dropped})::text, 0)))
      FROM "${name}" t)`;
  });
  return `SELECT json_build_object(
    'tables', json_build_object(${perTable.join(",\n")}),
    'balances', (SELECT coalesce(json_agg(json_build_array(id, "ownRemaining", "carriedRemaining", "heldOwn",
        "heldCarried", "usedOwn", "usedCarried", "carriedIn", "carriedOut", "expired", "adjusted") ORDER BY id), '[]')
      FROM "Pack"),
    'quotes', (SELECT coalesce(json_agg(json_build_array(id, status, "estimateMinutes", "actualMinutes") ORDER BY id), '[]')
      FROM "Quote")
  )::text AS fingerprint`;
}

/** The database's state as one comparable value (row counts, row hashes, balances, quote statuses). */
export async function fingerprint(): Promise<unknown> {
  statement ??= await buildStatement();
  const { rows } = await database().pool.query<{ fingerprint: string }>({
    name: "fingerprint",
    text: statement,
  });
  return JSON.parse(rows[0]!.fingerprint);
}
