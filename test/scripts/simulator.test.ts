import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, test } from "vitest";
import { checkLedger } from "~/services/ledger/check.sql.server";
import pg from "pg";
import { clonedDatabase, migrationsHash } from "../../scripts/lib/template-db";
import { parseScenario } from "../../scripts/simulator/input";
import { simulate } from "../../scripts/simulator/run";

const run = promisify(execFile);
const dir = "examples/scenarios";
const scenarios = readdirSync(dir).filter(
  (name) => name.endsWith(".json") && !name.endsWith(".expected.json"),
);
const read = (file: string) => JSON.parse(readFileSync(path.join(dir, file), "utf8")) as unknown;

describe("policy simulator", () => {
  test("every example scenario has an expected output", () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(7);
    for (const name of scenarios)
      expect(readdirSync(dir)).toContain(name.replace(/\.json$/, ".expected.json"));
  });

  test.each(scenarios)("%s gives its expected output through the real services", async (name) => {
    const result = await simulate(parseScenario(read(name)));
    expect(JSON.parse(JSON.stringify(result))).toEqual(read(name.replace(/\.json$/, ".expected.json")));
    expect(await checkLedger()).toEqual([]);
  });

  test("the command prints the document for a scenario file", async () => {
    const { stdout } = await run("npx", [
      "tsx",
      "scripts/simulate.ts",
      path.join(dir, "contract-example.json"),
    ]);
    expect(JSON.parse(stdout)).toEqual(read("contract-example.expected.json"));
  }, 60_000);

  test("a malformed file exits non-zero naming each bad field", async () => {
    const file = path.join(tmpdir(), `bad-scenario-${process.pid}.json`);
    writeFileSync(
      file,
      JSON.stringify({
        shop: { timezone: "Mars/Olympus" },
        events: [
          { at: "2024-06-01T12:00:00Z", type: "purchase", pack: "10h", id: "a" },
          { at: "yesterday", type: "quote", id: "q", estimateHours: 2 },
          { at: "2024-06-02T12:00:00Z", type: "refund", id: "x" },
        ],
      }),
    );
    const failure = await run("npx", ["tsx", "scripts/simulate.ts", file]).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).not.toBe(0);
    expect(failure?.stderr).toContain("events[1].at: must be an ISO 8601 instant");
    expect(failure?.stderr).toContain("events[2].type");
    expect(failure?.stderr).toContain("until:");
    expect(failure?.stderr).toContain("shop.timezone: must be an IANA time zone");
  }, 60_000);

  test("the quote policy defaults to $95/h and no overrun approval; each new event and field is checked", () => {
    const minimal = parseScenario({ events: [], until: "2024-07-01T00:00:00Z" });
    expect(minimal.policy).toEqual({
      retentionWindowDays: 3,
      earlyRenewalDays: 14,
      customQuoteRateCents: 9_500,
      overrunTolerancePercent: null,
    });
    const scenario =
      (policy: unknown, events: unknown[] = []) =>
      () =>
        parseScenario({ policy, events, until: "2024-07-01T00:00:00Z" });
    expect(scenario({ customQuoteRateCents: 95.5 })).toThrow(
      /policy\.customQuoteRateCents: must be a whole number/,
    );
    expect(scenario({ overrunTolerancePercent: -1 })).toThrow(
      /policy\.overrunTolerancePercent: must be 0 or more/,
    );
    const at = "2024-06-01T12:00:00Z";
    expect(scenario({}, [{ at, type: "resolve", quote: "q" }])).toThrow(/events\[0\]\.chargedHours/);
    expect(scenario({}, [{ at, type: "pay_quote" }])).toThrow(/events\[0\]\.quote/);
    expect(scenario({}, [{ at, type: "refund", quote: "q" }])).toThrow(
      /pay_quote, approve_overrun, dispute, resolve/,
    );
    const parsed = parseScenario({
      policy: { overrunTolerancePercent: 10, customQuoteRateCents: 12_000 },
      events: [
        { at, type: "pay_quote", quote: "q" },
        { at, type: "approve_overrun", quote: "q" },
        { at, type: "dispute", quote: "q", reason: "Too long" },
        { at, type: "resolve", quote: "q", chargedHours: 2.5 },
      ],
      until: "2024-07-01T00:00:00Z",
    });
    expect(parsed.events.map((e) => e.type)).toEqual(["pay_quote", "approve_overrun", "dispute", "resolve"]);
  });

  test("events out of time order are refused, naming the event", () => {
    const scenario = {
      events: [
        { at: "2024-06-02T12:00:00Z", type: "purchase", pack: "10h", id: "a" },
        { at: "2024-06-01T12:00:00Z", type: "purchase", pack: "10h", id: "b" },
      ],
      until: "2024-07-01T00:00:00Z",
    };
    expect(() => parseScenario(scenario)).toThrow(/events\[1\]\.at: must not be before the previous event/);
  });

  test("each run gets a clone of the migrated template, dropped afterwards", async () => {
    const database = await clonedDatabase("simtest");
    await database.ready;
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query<{ count: string }>('SELECT count(*) FROM "Shop"');
    await client.end();
    expect(rows).toEqual([{ count: "0" }]);
    const admin = new pg.Client({ connectionString: database.url.replace(/\/[^/]+$/, "/postgres") });
    await admin.connect();
    const listed = async (name: string) =>
      (await admin.query("SELECT datistemplate FROM pg_database WHERE datname = $1", [name])).rows;
    expect(await listed(`support_packs_template_${migrationsHash()}`)).toEqual([{ datistemplate: true }]);
    await database.drop();
    expect(await listed(new URL(database.url).pathname.slice(1))).toEqual([]);
    await admin.end();
  });

  test("the template is keyed by the migrations: changing one gives another", () => {
    const copy = mkdtempSync(path.join(tmpdir(), "migrations-"));
    cpSync("prisma/migrations", copy, { recursive: true });
    expect(migrationsHash(copy)).toBe(migrationsHash());
    const [first] = readdirSync(copy).filter((name) => /^\d+_/.test(name));
    const sql = path.join(copy, first!, "migration.sql");
    writeFileSync(sql, `${readFileSync(sql, "utf8")}\n-- changed\n`);
    expect(migrationsHash(copy)).not.toBe(migrationsHash());
  });
});
