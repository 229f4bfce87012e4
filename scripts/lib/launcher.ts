import { execFileSync } from "node:child_process";

function parentAndGroup(pid: number): { ppid: number; pgid: number } | null {
  try {
    const [ppid, pgid] = execFileSync("ps", ["-o", "ppid=,pgid=", "-p", String(pid)], { encoding: "utf8" })
      .trim()
      .split(/\s+/)
      .map(Number);
    return ppid !== undefined && pgid !== undefined ? { ppid, pgid } : null;
  } catch {
    return null;
  }
}

/**
 * The processes that started this one, up to the leader of its process group: for `npm run
 * preview` typed in a terminal, tsx, sh and npm. Empty where `ps` is missing.
 */
export function launchers(): number[] {
  const own = parentAndGroup(process.pid);
  const pids: number[] = [];
  for (let pid = own?.ppid ?? 0; pid > 1;) {
    const info = parentAndGroup(pid);
    if (!info || info.pgid !== own?.pgid) break;
    pids.push(pid);
    pid = info.ppid;
  }
  return pids;
}

function gone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/**
 * Sends this process SIGTERM once any of its launchers has exited: a launcher killed with
 * SIGKILL (or SIGTERM, which npm does not pass on) would otherwise leave it running as an orphan.
 * Call it first, before a launcher can be gone.
 */
export function terminateWithLaunchers(intervalMs = 1000): void {
  const pids = launchers();
  if (pids.length === 0) return;
  const timer = setInterval(() => {
    if (!pids.some(gone)) return;
    clearInterval(timer);
    process.kill(process.pid, "SIGTERM");
  }, intervalMs);
  timer.unref();
}
