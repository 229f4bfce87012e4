import { describe, expect, test } from "vitest";
import { readAudit } from "../../scripts/audit/report";

const counts = { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 };

describe("npm run audit", () => {
  test("passes when no production dependency has a high or critical advisory", () => {
    const result = readAudit({
      vulnerabilities: {
        cookie: { severity: "low", range: "<0.7.0", via: [{ title: "cookie accepts bad names" }] },
      },
      metadata: { vulnerabilities: { ...counts, low: 1, total: 1 } },
    });
    expect(result.exit).toBe(0);
    expect(result.lines[0]).toBe("Production dependencies: 0 critical, 0 high, 0 moderate, 1 low, 0 info.");
  });

  test("fails on a high or critical advisory and names the package and the advisory", () => {
    const result = readAudit({
      vulnerabilities: {
        "path-to-regexp": {
          severity: "high",
          range: "<0.1.12",
          via: [
            {
              title: "path-to-regexp outputs backtracking regular expressions",
              url: "https://github.com/advisories/GHSA-9wv6-86v2-598j",
            },
          ],
        },
        express: { severity: "high", range: "4.0.0 - 4.21.1", via: ["path-to-regexp"] },
      },
      metadata: { vulnerabilities: { ...counts, high: 2, total: 2 } },
    });
    expect(result.exit).toBe(1);
    expect(result.lines).toContain("  high express 4.0.0 - 4.21.1: through path-to-regexp");
    expect(result.lines).toContain(
      "  high path-to-regexp <0.1.12: path-to-regexp outputs backtracking regular expressions (https://github.com/advisories/GHSA-9wv6-86v2-598j)",
    );
  });

  test("says that nothing was checked when the registry serves no advisories", () => {
    const result = readAudit({
      message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
      error: { summary: "" },
    });
    expect(result.exit).toBe(2);
    expect(result.lines[0]).toContain("405 Method Not Allowed");
  });
});
