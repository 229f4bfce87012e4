import pg from "pg";

/** Runs statements against the server's maintenance database. */
export async function withAdmin<T>(baseUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: `${baseUrl}/postgres` });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * How `cloneDatabase` copies: file by file (after a checkpoint, cheap when the server does not
 * flush to disk, as the tests' embedded one), else through the WAL (PostgreSQL's default).
 */
export type CloneStrategy = "FILE_COPY" | "WAL_LOG";

/** The cheaper clone strategy on this server. */
export async function cloneStrategy(baseUrl: string): Promise<CloneStrategy> {
  const { rows } = await withAdmin(baseUrl, (client) => client.query<{ fsync: string }>("SHOW fsync"));
  return rows[0]?.fsync === "off" ? "FILE_COPY" : "WAL_LOG";
}

/** Replaces database `name` with a fresh copy of `template`. */
export async function cloneDatabase(
  baseUrl: string,
  template: string,
  name: string,
  strategy: CloneStrategy,
) {
  await withAdmin(baseUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}" STRATEGY ${strategy}`);
  });
}

/** The server part of a connection string: postgresql://user:pass@host:port */
export function serverOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.username}:${parsed.password}@${parsed.host}`;
}
