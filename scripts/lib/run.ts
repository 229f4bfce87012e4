import { execFileSync, spawn } from "node:child_process";

/** Runs a command with extra environment, inheriting stdio; resolves with its exit code. */
export function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Applies every migration in prisma/migrations to the database at `url`. */
export async function migrate(url: string, { quiet = false } = {}): Promise<void> {
  if (!quiet) {
    const code = await run("prisma", ["migrate", "deploy"], { DATABASE_URL: url });
    if (code !== 0) throw new Error(`prisma migrate deploy failed with exit code ${code}`);
    return;
  }
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
