// Each test file starts on a database equal to the migrated template. A copy of the template
// (CREATE DATABASE ... TEMPLATE, after dropping the last one) costs the server ~130 ms of CPU, and
// the connection that issues it ~30 ms more (a new backend is a fork: page faults are dear on
// these virtual machines). Most files only add rows. So a worker keeps its database and one
// connection to it, and between files empties what the last file wrote and puts the sequences
// back; a file that changed anything else the check below sees gets a fresh copy
// (docs/decisions/052).
import pg from "pg";
import { cloneDatabase, type CloneStrategy } from "./test-database";

/** A worker's database, a connection to it, and what it held when it was a fresh copy. */
export interface WorkerDatabase {
  url: string;
  client: pg.Client;
  /** What `SIGNATURE` read on the fresh copy: the schema and the migrations' rows. */
  signature: string;
  /** Each sequence's state on the fresh copy. */
  sequences: { name: string; lastValue: string; isCalled: boolean }[];
}

const USER_SCHEMA = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'
  AND n.nspname NOT LIKE 'pg\\_temp%'`;
// The migrations' own bookkeeping: rows that are part of the schema, never emptied.
const MIGRATION_TABLES = `(n.nspname, c.relname) NOT IN (('public', '_prisma_migrations'), ('graphile_worker', 'migrations'))`;

// Everything a test could change besides rows: relations, columns, constraints, triggers, rules,
// policies, functions, types, schemas, extensions, the database's settings, the migrations' rows.
const SIGNATURE = `
SELECT md5(string_agg(item, E'\\n' ORDER BY item)) AS signature FROM (
  SELECT format('rel %s.%s %s %s', n.nspname, c.relname, c.relkind, c.reloptions) AS item
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${USER_SCHEMA}
  UNION ALL SELECT format('col %s %s %s %s %s %s', a.attrelid::regclass, a.attname, a.atttypid, a.attnotnull,
      a.atthasdef, a.attisdropped)
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE ${USER_SCHEMA} AND a.attnum > 0
  UNION ALL SELECT format('def %s %s', d.adrelid::regclass, pg_get_expr(d.adbin, d.adrelid)) FROM pg_attrdef d
  UNION ALL SELECT format('con %s %s %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid))
    FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE ${USER_SCHEMA}
  UNION ALL SELECT format('trg %s %s %s', t.tgrelid::regclass, t.tgname, t.tgenabled) FROM pg_trigger t
  UNION ALL SELECT format('rule %s %s', r.ev_class::regclass, r.rulename) FROM pg_rewrite r
    JOIN pg_class c ON c.oid = r.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${USER_SCHEMA}
  UNION ALL SELECT format('policy %s %s', p.polrelid::regclass, p.polname) FROM pg_policy p
  UNION ALL SELECT format('fn %s %s', p.oid::regprocedure, md5(p.prosrc))
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE ${USER_SCHEMA}
  UNION ALL SELECT format('type %s', t.oid::regtype)
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE ${USER_SCHEMA}
  UNION ALL SELECT format('enum %s %s', e.enumtypid::regtype, e.enumlabel) FROM pg_enum e
  UNION ALL SELECT format('schema %s', nspname) FROM pg_namespace
  UNION ALL SELECT format('ext %s %s', extname, extversion) FROM pg_extension
  UNION ALL SELECT format('set %s %s', s.setrole, s.setconfig) FROM pg_db_role_setting s
    WHERE s.setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database())
  UNION ALL SELECT format('migration %s', migration_name) FROM public."_prisma_migrations"
  UNION ALL SELECT format('job migration %s', id) FROM graphile_worker.migrations
) AS items`;

// Tables with any page: a table no one wrote has none (a rolled-back insert leaves one).
const WRITTEN = `
SELECT format('%I.%I', n.nspname, c.relname) AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND ${USER_SCHEMA} AND ${MIGRATION_TABLES} AND pg_relation_size(c.oid) > 0`;

const SEQUENCES = `SELECT format('%I.%I', schemaname, sequencename) AS name FROM pg_sequences ORDER BY 1`;

async function read(client: pg.Client): Promise<Pick<WorkerDatabase, "signature" | "sequences">> {
  const { rows } = await client.query<{ signature: string }>(SIGNATURE);
  const sequences: WorkerDatabase["sequences"] = [];
  for (const { name } of (await client.query<{ name: string }>(SEQUENCES)).rows) {
    const state = await client.query<{ last_value: string; is_called: boolean }>(
      `SELECT last_value, is_called FROM ${name}`,
    );
    sequences.push({ name, lastValue: state.rows[0]!.last_value, isCalled: state.rows[0]!.is_called });
  }
  return { signature: rows[0]!.signature, sequences };
}

/** Empties what the last file wrote; false (nothing changed) when the database is not the template's but for rows. */
async function emptied(db: WorkerDatabase): Promise<boolean> {
  const { client } = db;
  // Connections the last file left open (a runner it did not stop) would hold locks.
  await client.query(
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
  );
  const { rows } = await client.query<{ signature: string }>(SIGNATURE);
  if (rows[0]!.signature !== db.signature) return false;
  const written = (await client.query<{ name: string }>(WRITTEN)).rows.map((row) => row.name);
  const statements = db.sequences.map(
    (s) => `SELECT setval('${s.name.replaceAll("'", "''")}', ${s.lastValue}, ${s.isCalled});`,
  );
  if (written.length > 0) statements.unshift(`TRUNCATE ${written.join(", ")} CASCADE;`);
  await client.query(`BEGIN; ${statements.join(" ")} COMMIT;`);
  return true;
}

/**
 * Makes database `name` on `server` equal to `template` but for dead space: emptied in place when
 * `kept` is that database and the last file only wrote rows, else copied afresh. Returns what to
 * keep for the next file.
 */
export async function freshDatabase(
  kept: WorkerDatabase | undefined,
  {
    server,
    template,
    name,
    strategy,
  }: { server: string; template: string; name: string; strategy: CloneStrategy },
): Promise<WorkerDatabase> {
  const url = `${server}/${name}`;
  if (kept?.url === url && (await emptied(kept).catch(() => false))) return kept;
  await kept?.client.end().catch(() => {});
  await cloneDatabase(server, template, name, strategy);
  const client = new pg.Client({ connectionString: url });
  // A test that ends every connection (database-faults) ends this one too: the next file copies afresh.
  client.on("error", () => {});
  await client.connect();
  return { url, client, ...(await read(client)) };
}
