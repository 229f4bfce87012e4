import { execFileSync, spawn } from "node:child_process";
import { Logger, runMigrations } from "graphile-worker";

/** Runs a command with extra environment, inheriting stdio; resolves with its exit code. */
export function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/**
 * Installs or upgrades graphile-worker's schema (its own migrations, in the graphile_worker
 * schema), so that jobs can be queued from the first request on, then applies every migration in
 * prisma/migrations to the database at `url` (one of them moves old outbox rows into the queue).
 */
export async function migrate(url: string, { quiet = false } = {}): Promise<void> {
  await runMigrations({ connectionString: url, logger: new Logger(() => () => {}) });
  if (!quiet) {
    const code = await run("prisma", ["migrate", "deploy"], { DATABASE_URL: url });
    if (code !== 0) throw new Error(`prisma migrate deploy failed with exit code ${code}`);
  } else {
    try {
      execFileSync("prisma", ["migrate", "deploy"], {
        env: { ...process.env, DATABASE_URL: url },
        stdio: ["ignore", "pipe", "pipe"],
      });
    } catch (error) {
      const { stdout = "", stderr = "" } = error as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(`prisma migrate deploy failed:\n${stdout}${stderr}`);
    }
  }
}
