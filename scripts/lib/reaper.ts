// Stops a throwaway PostgreSQL and removes its folder once the process that started it has ended,
// however it ended (SIGKILL included): that process holds this one's stdin open, and the system
// closes it when the process dies. Started by throwaway-db.ts and run by plain node (type
// stripping), so it imports nothing but node: modules.
// Usage: node scripts/lib/reaper.ts DATA_DIR FOLDER
import { readFileSync, rmSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

const [dataDir, folder] = process.argv.slice(2);
if (!dataDir || !folder) {
  console.error("usage: node scripts/lib/reaper.ts DATA_DIR FOLDER");
  process.exit(2);
}

/** The postmaster's pid while PostgreSQL runs on `dataDir` (it removes the file when it stops). */
function postmaster(): number | null {
  try {
    const pid = Number(readFileSync(`${dataDir}/postmaster.pid`, "utf8").split("\n")[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === "EPERM";
  }
}

async function reap(): Promise<void> {
  const pid = postmaster();
  if (pid && alive(pid)) {
    // Immediate shutdown: the data is thrown away, nothing needs to be written first.
    process.kill(pid, "SIGQUIT");
    for (let i = 0; i < 100 && alive(pid); i++) await sleep(100);
    if (alive(pid)) process.kill(pid, "SIGKILL");
  }
  rmSync(folder!, { recursive: true, force: true });
}

process.stdin.on("close", () => void reap().finally(() => process.exit(0)));
process.stdin.resume();
