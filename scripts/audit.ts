// npm run audit: the production dependencies of package-lock.json against the advisories the npm
// registry serves (docs/decisions/095-dependency-audit.md). Exit 1 on a high or critical advisory,
// 2 when the registry serves no advisories (nothing was checked), 0 otherwise.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { readAudit, type AuditOutput } from "./audit/report";

const { stdout } = await promisify(execFile)(
  "npm",
  ["audit", "--package-lock-only", "--omit=dev", "--json"],
  {
    maxBuffer: 64 * 1024 * 1024,
  },
).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? "" })); // npm exits 1 on findings too

let output: AuditOutput;
try {
  output = JSON.parse(stdout) as AuditOutput;
} catch {
  output = { message: "npm audit printed no report" };
}
const { exit, lines } = readAudit(output);
for (const line of lines) (exit === 0 ? console.log : console.error)(line);
process.exit(exit);
