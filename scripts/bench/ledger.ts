// npm run bench:ledger: approvals per second (8 clients on one shop and over 8 shops), completion
// latency, time application over 100,000 packs, and the balance summary at 10 vs 100,000 entries.
// Runs on a throwaway database; prints a table and writes bench-results/ledger-<date>.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { throwawayDatabase } from "../lib/throwaway-db";
import { seedHistory, seedPacks } from "./seed";

const database = await throwawayDatabase("bench");
process.env.DATABASE_URL = database.url;
// Seeding writes 100,000 packs in one statement: no limit meant for requests applies here.
process.env.DATABASE_STATEMENT_TIMEOUT ??= "0s";
const { closeDatabase, default: prisma } = await import("../../app/db.server");
const { creditPurchase } = await import("../../app/services/ledger/purchases.server");
const { approveQuote, completeQuote } = await import("../../app/services/quotes/commands.server");
const { balanceSummary } = await import("../../app/services/ledger/read.server");
const { applyTimeToShops } = await import("../../app/services/ledger/time.server");
const { checkLedger } = await import("../../app/services/ledger/check.sql.server");

const NOW = new Date("2026-06-01T12:00:00Z");
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

async function shopWithHours(name: string, packs: number) {
  const shop = await prisma.shop.create({ data: { domain: `${name}.myshopify.com` } });
  for (let i = 0; i < packs; i++) {
    await creditPurchase({
      shopId: shop.id,
      shopifyPurchaseId: `${name}-${i}`,
      tier: "75h",
      paidAt: new Date("2026-05-01T00:00:00Z"),
    });
  }
  return shop.id;
}

async function pendingQuotes(shopId: string, count: number, minutes = 15) {
  const rows = Array.from({ length: count }, (_, i) => ({
    shopId,
    title: `q${i}`,
    estimateMinutes: minutes,
    createdAt: NOW,
  }));
  await prisma.quote.createMany({ data: rows });
  return (await prisma.quote.findMany({ where: { shopId, status: "pending" }, select: { id: true } })).map(
    (q) => q.id,
  );
}

/** Approvals per second with `clients` concurrent callers, each taking quotes from its own queue. */
async function approvalsPerSecond(queues: string[][], shopOf: (client: number) => string) {
  const total = queues.reduce((sum, q) => sum + q.length, 0);
  const start = process.hrtime.bigint();
  await Promise.all(
    queues.map(async (queue, client) => {
      for (const id of queue) {
        const result = await approveQuote(shopOf(client), id, NOW);
        if (!result.ok) throw new Error(result.message);
      }
    }),
  );
  return total / (ms(start) / 1000);
}

const results: Record<string, number> = {};

// 1. 8 clients on one shop (they serialize on the shop's ledger lock, by design).
const single = await shopWithHours("bench-one", 20);
const singleQuotes = await pendingQuotes(single, 800);
results.approvalsPerSecondOneShop = await approvalsPerSecond(
  Array.from({ length: 8 }, (_, c) => singleQuotes.filter((_, i) => i % 8 === c)),
  () => single,
);

// 2. 8 clients over 8 shops.
const shops = await Promise.all(Array.from({ length: 8 }, (_, i) => shopWithHours(`bench-many-${i}`, 3)));
const spread = await Promise.all(shops.map((id) => pendingQuotes(id, 150)));
results.approvalsPerSecondEightShops = await approvalsPerSecond(spread, (c) => shops[c] as string);

// 3. Completion latency: approve then complete, one at a time.
const latencies: number[] = [];
for (const id of await pendingQuotes(shops[0] as string, 200, 30)) {
  await approveQuote(shops[0] as string, id, NOW);
  const start = process.hrtime.bigint();
  const done = await completeQuote(shops[0] as string, id, { minutes: 45 }, NOW);
  latencies.push(ms(start));
  if (!done.ok) throw new Error(done.message);
}
latencies.sort((a, b) => a - b);
results.completionP50Ms = percentile(latencies, 0.5);
results.completionP95Ms = percentile(latencies, 0.95);

// 4. Time application over 100,000 packs (10,000 shops x 10), all expired and settled by then.
const swept = await seedPacks(prisma, "bench-sweep", 10_000, 10);
const ids = swept.map((s) => s.id);
const batches: string[][] = [];
for (let i = 0; i < ids.length; i += 250) batches.push(ids.slice(i, i + 250));
const sweepStart = process.hrtime.bigint();
// More workers than cores: a batch spends much of its time waiting on PostgreSQL.
const workers = cpus().length * 2;
let next = 0;
let settlements = 0;
await Promise.all(
  Array.from({ length: workers }, async () => {
    while (next < batches.length) {
      const batch = batches[next++] as string[];
      const applied = await applyTimeToShops(batch, new Date("2024-12-01T00:00:00Z"));
      settlements += applied.settlements; // not `+= await`: that would add to a stale total
    }
  }),
);
const sweepMs = ms(sweepStart);
results.timeApplicationPacksPerSecond = 100_000 / (sweepMs / 1000);
results.timeApplicationSettlements = settlements;

// 5. Balance summary: a shop with 10 entries vs one with 100,000, read alternately so that
// whatever else the machine does weighs on both alike.
const small = await shopWithHours("bench-small", 1);
const smallPack = (await prisma.pack.findFirstOrThrow({ where: { shopId: small } })).id;
await seedHistory(prisma, small, smallPack, 4); // 1 purchase + 8 = 9 entries
const large = await shopWithHours("bench-large", 1);
const largePack = (await prisma.pack.findFirstOrThrow({ where: { shopId: large } })).id;
await seedHistory(prisma, large, largePack, 50_000);
const reads: Record<string, number[]> = { [small]: [], [large]: [] };
for (let i = 0; i < 420; i++) {
  const shopId = i % 2 === 0 ? small : large;
  const start = process.hrtime.bigint();
  await balanceSummary(shopId, NOW);
  if (i >= 20) reads[shopId]?.push(ms(start)); // the first reads warm up
}
const median = (values: number[] = []) =>
  percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
results.summaryMsAt10Entries = median(reads[small]);
results.summaryMsAt100kEntries = median(reads[large]);
results.summaryRatio = results.summaryMsAt100kEntries / results.summaryMsAt10Entries;

const differences = (await checkLedger()).length;
await closeDatabase();
await database.drop();

const targets: Record<string, string> = {
  approvalsPerSecondEightShops: ">= 300",
  timeApplicationPacksPerSecond: ">= 5000",
  summaryRatio: "<= 1.5",
};
console.log("\nLedger benchmark (" + new Date().toISOString() + ", " + cpus().length + " cores)\n");
console.log("| measure | value | target |\n|---|---:|---|");
for (const [name, value] of Object.entries(results)) {
  console.log(`| ${name} | ${value.toFixed(value < 10 ? 2 : 0)} | ${targets[name] ?? ""} |`);
}
console.log(`\nConsistency check after the run: ${differences} difference(s).`);
mkdirSync("bench-results", { recursive: true });
const file = `bench-results/ledger-${new Date().toISOString().slice(0, 19).replace(/:/g, "")}.json`;
writeFileSync(
  file,
  JSON.stringify(
    { at: new Date().toISOString(), cores: cpus().length, results, targets, differences },
    null,
    2,
  ),
);
console.log(`Wrote ${file}`);
