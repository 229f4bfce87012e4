// What "nothing changed" means for the bad-input matrix: every table's row count and a hash of its
// rows, the ledger's balances per pack and the quotes' statuses, read in one SQL statement.
import prisma from "~/db.server";

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
    return `'${name}', (SELECT json_build_object('rows', count(*), 'md5', md5(coalesce(string_agg(r, '|' ORDER BY r), '')))
      FROM (SELECT (to_jsonb(t)${dropped})::text AS r FROM "${name}" t) x)`;
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
  const [row] = await prisma.$queryRawUnsafe<{ fingerprint: string }[]>(statement);
  return JSON.parse(row!.fingerprint);
}
