// No SQL in app/ joins two tenant tables without shopId equality (docs/decisions/130): on Citus
// such a join would read every shard. The scan is described in ./sql-joins.ts.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { joinProblems, literalsOf, scanSource, tenantTablesOfSchema } from "./sql-joins";

const tenants = tenantTablesOfSchema(readFileSync("prisma/schema.prisma", "utf8"));

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(file);
    return /\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

describe("tenant joins in app/", () => {
  test("every join between tenant tables matches shopId", () => {
    let joins = 0;
    const problems: string[] = [];
    for (const file of sourcesUnder("app")) {
      const scanned = scanSource(readFileSync(file, "utf8"), file, tenants);
      joins += scanned.joins;
      problems.push(...scanned.problems);
    }
    expect(problems).toEqual([]);
    // The scan found the app's joins (Pack with Settlement in the pack reads, the sweep and the
    // reminders' candidates), so it did not pass by reading nothing.
    expect(joins).toBeGreaterThanOrEqual(3);
  });

  test("the tenant tables are read from the schema: the models with a shopId", () => {
    expect(tenants).toContain("Pack");
    expect(tenants).toContain("InvoiceLine");
    expect(tenants).not.toContain("Shop");
    expect(tenants).not.toContain("Developer");
  });
});

describe("the join checker", () => {
  const check = (sql: string) => joinProblems(sql, tenants);

  test("accepts joins on shopId, directly, through a shop, an unnest or one parameter", () => {
    expect(
      check(
        `SELECT p.*, s.basis FROM "Pack" p LEFT JOIN "Settlement" s ON s."shopId" = p."shopId" AND s."packId" = p.id`,
      ),
    ).toEqual([]);
    expect(
      check(
        `SELECT 1 FROM "Shop" s JOIN "Pack" p ON p."shopId" = s.id JOIN "Quote" q ON q."shopId" = s.id AND q.id = p.id`,
      ),
    ).toEqual([]);
    expect(
      check(`UPDATE "Pack" p SET x = 1 FROM unnest($1::uuid[], $2::uuid[]) AS v(shop_id, id), "Quote" q
              WHERE p."shopId" = v.shop_id AND q."shopId" = v.shop_id AND p.id = v.id`),
    ).toEqual([]);
    expect(
      check(`SELECT 1 FROM "Pack" p, "Quote" q WHERE p."shopId" = $1::uuid AND q."shopId" = $1`),
    ).toEqual([]);
    // A correlated subquery sees its outer table; its own column needs no alias.
    expect(
      check(
        `SELECT 1 FROM "Pack" p WHERE NOT EXISTS (SELECT 1 FROM "Settlement" WHERE "shopId" = p."shopId" AND "packId" = p.id)`,
      ),
    ).toEqual([]);
    // Tenant tables with shared tables (reference and local) are not checked.
    expect(
      check(
        `SELECT d.id FROM "ConnectionRequest" r LEFT JOIN "Developer" d ON d.email = r.email WHERE r.id IS DISTINCT FROM $1`,
      ),
    ).toEqual([]);
  });

  test("reports tenant tables joined on anything but shopId", () => {
    expect(check(`SELECT * FROM "Pack" p LEFT JOIN "Settlement" s ON s."packId" = p.id`)).toEqual([
      `"Pack" p and "Settlement" s are joined without shopId equality`,
    ]);
    expect(check(`SELECT * FROM "Pack", "Quote" q WHERE q.id = "Pack".id`)).toEqual([
      `"Pack" and "Quote" q are joined without shopId equality`,
    ]);
    expect(check(`SELECT * FROM "Pack" a JOIN "Pack" b ON b.id = a."carriedOutToId"`)).toEqual([
      `"Pack" a and "Pack" b are joined without shopId equality`,
    ]);
    expect(check(`UPDATE "Pack" p SET x = 1 FROM "Quote" q WHERE q.id = p.id AND p."shopId" = $1`)).toEqual([
      `"Pack" p and "Quote" q are joined without shopId equality`,
    ]);
    expect(
      check(`SELECT 1 FROM "Pack" p WHERE EXISTS (SELECT 1 FROM "Settlement" st WHERE st."packId" = p.id)`),
    ).toEqual([`"Pack" p and "Settlement" st are joined without shopId equality`]);
    // Both in one list of shops is not the same shop.
    expect(
      check(`SELECT 1 FROM "Pack" p, "Quote" q WHERE p."shopId" = ANY($1) AND q."shopId" = ANY($1)`),
    ).toEqual([`"Pack" p and "Quote" q are joined without shopId equality`]);
  });

  test("reads the SQL of string and template literals, parameters named by their expressions", () => {
    const source = [
      `const one = prisma.$queryRaw\`SELECT 1 FROM "Pack" p JOIN "Quote" q ON q.id = p.id`,
      `  WHERE p."shopId" = \${shop.id}::uuid AND q."shopId" = \${shop.id}\`;`,
      `const two = sql.query(\`SELECT 1 FROM "Pack" p JOIN "Quote" q ON q.id = p.id`,
      `  WHERE p."shopId" = \${shopId} AND q."shopId" = \${otherShopId}\`);`,
      `const three = "SELECT 1 FROM \\"Reminder\\" r JOIN \\"Pack\\" p ON p.id = r.\\"packId\\"";`,
    ].join("\n");
    expect(literalsOf(source).map((literal) => literal.line)).toEqual([1, 3, 5]);
    expect(scanSource(source, "fixture.ts", tenants)).toEqual({
      joins: 3,
      problems: [
        `fixture.ts:3: "Pack" p and "Quote" q are joined without shopId equality`,
        `fixture.ts:5: "Reminder" r and "Pack" p are joined without shopId equality`,
      ],
    });
  });
});
