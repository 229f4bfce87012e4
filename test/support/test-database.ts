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

/** Replaces database `name` with a fresh copy of `template`. */
export async function cloneDatabase(baseUrl: string, template: string, name: string) {
  await withAdmin(baseUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  });
}

/** The server part of a connection string: postgresql://user:pass@host:port */
export function serverOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.username}:${parsed.password}@${parsed.host}`;
}
