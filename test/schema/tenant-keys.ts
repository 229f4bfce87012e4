// Reads a schema's catalog and lists every key that would stop its tenant tables from being
// distributed by shop on Citus (docs/decisions/130). A tenant table is any table with a "shopId"
// column, except the given exceptions. Citus enforces a primary key or unique index only when it
// includes the distribution column, and a foreign key between distributed tables only when it
// maps that column to itself (the two rows are then on the same node).
import type pg from "pg";

type Queryable = Pick<pg.Pool, "query">;

/** The tables of `schema` with a "shopId" column, sorted, without the exceptions. */
export async function tenantTables(
  db: Queryable,
  schema: string,
  exceptions: Readonly<Record<string, string>> = {},
): Promise<string[]> {
  const { rows } = await db.query<{ table: string }>(
    `SELECT c.relname AS table
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'shopId' AND NOT a.attisdropped
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p')
      ORDER BY c.relname COLLATE "C"`,
    [schema],
  );
  return rows.map((row) => row.table).filter((table) => !(table in exceptions));
}

/**
 * One message per primary key or unique index (constraints and bare unique indexes, partial ones
 * included) of a tenant table whose key columns leave out shopId, and per foreign key into a
 * tenant table that does not map the referencing table's shopId to the referenced shopId.
 */
export async function tenantKeyProblems(
  db: Queryable,
  schema: string,
  exceptions: Readonly<Record<string, string>> = {},
): Promise<string[]> {
  const tenants = new Set(await tenantTables(db, schema, exceptions));
  const problems: string[] = [];
  const { rows: indexes } = await db.query<{
    table: string;
    index: string;
    primary: boolean;
    columns: string[];
  }>(
    `SELECT t.relname AS table, i.relname AS index, x.indisprimary AS primary,
            ARRAY(SELECT coalesce(a.attname::text, '(expression)')
                    FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, n)
                    LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum
                   WHERE k.n <= x.indnkeyatts
                   ORDER BY k.n) AS columns
       FROM pg_index x
       JOIN pg_class t ON t.oid = x.indrelid
       JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = $1 AND x.indisunique
      ORDER BY t.relname COLLATE "C", i.relname COLLATE "C"`,
    [schema],
  );
  for (const { table, index, primary, columns } of indexes) {
    if (tenants.has(table) && !columns.includes("shopId")) {
      const kind = primary ? "primary key" : "unique key";
      problems.push(`"${table}": ${kind} "${index}" (${columns.join(", ")}) leaves out shopId`);
    }
  }
  const { rows: keys } = await db.query<{
    table: string;
    name: string;
    references: string;
    pairs: string[][];
  }>(
    `SELECT t.relname AS table, c.conname AS name, r.relname AS references,
            ARRAY(SELECT ARRAY[a.attname::text, b.attname::text]
                    FROM unnest(c.conkey, c.confkey) AS k(col, ref)
                    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.col
                    JOIN pg_attribute b ON b.attrelid = c.confrelid AND b.attnum = k.ref) AS pairs
       FROM pg_constraint c
       JOIN pg_class t ON t.oid = c.conrelid
       JOIN pg_class r ON r.oid = c.confrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = $1 AND c.contype = 'f'
      ORDER BY t.relname COLLATE "C", c.conname COLLATE "C"`,
    [schema],
  );
  for (const { table, name, references, pairs } of keys) {
    if (!tenants.has(references)) continue;
    if (pairs.some(([from, to]) => from === "shopId" && to === "shopId")) continue;
    const mapping = pairs.map(([from, to]) => `${from} -> ${to}`).join(", ");
    problems.push(
      `"${table}": foreign key "${name}" to tenant table "${references}" (${mapping}) leaves out shopId`,
    );
  }
  return problems;
}
