// Reads `npm audit --json` output: what it found, and the exit code the audit gate gives it.

type Severity = "info" | "low" | "moderate" | "high" | "critical";

interface Advisory {
  title?: string;
  url?: string;
  severity?: Severity;
}

/** The parts of npm's audit report (auditReportVersion 2, or its error object) that are read. */
export interface AuditOutput {
  vulnerabilities?: Record<string, { severity: Severity; range?: string; via?: (string | Advisory)[] }>;
  metadata?: { vulnerabilities?: Partial<Record<Severity | "total", number>> };
  message?: string;
  error?: { summary?: string };
}

/** 0: no high or critical advisory; 1: at least one; 2: the registry served no advisories. */
export type AuditExit = 0 | 1 | 2;

const GATED: readonly Severity[] = ["critical", "high"];

/** The lines to print and the exit code for one audit's output. */
export function readAudit(output: AuditOutput): { exit: AuditExit; lines: string[] } {
  const counts = output.metadata?.vulnerabilities;
  if (!counts) {
    const reason = output.message ?? output.error?.summary ?? "no audit report";
    return {
      exit: 2,
      lines: [
        `No advisories: the registry did not serve them (${reason}).`,
        "Nothing was checked. Run npm run audit where the npm registry's advisory endpoint is reachable.",
      ],
    };
  }
  const order: Severity[] = ["critical", "high", "moderate", "low", "info"];
  const lines = [`Production dependencies: ${order.map((s) => `${counts[s] ?? 0} ${s}`).join(", ")}.`];
  const gated = Object.entries(output.vulnerabilities ?? {}).filter(([, v]) => GATED.includes(v.severity));
  for (const [name, vulnerability] of gated.sort(([a], [b]) => a.localeCompare(b))) {
    const advisories = (vulnerability.via ?? []).filter((via): via is Advisory => typeof via === "object");
    const what = advisories.map((a) => `${a.title ?? "advisory"}${a.url ? ` (${a.url})` : ""}`);
    const through = (vulnerability.via ?? []).filter((via): via is string => typeof via === "string");
    lines.push(
      `  ${vulnerability.severity} ${name} ${vulnerability.range ?? ""}: ${
        what.length > 0 ? what.join("; ") : `through ${through.join(", ")}`
      }`,
    );
  }
  if (gated.length > 0)
    lines.push("High or critical advisories: update these packages (npm audit fix, or npm update NAME).");
  return { exit: gated.length > 0 ? 1 : 0, lines };
}
