// npm run bench:jobs: the sweep over 100,000 packs (10,000 shops x 10, all expired by then) and
// the reminders run over shops whose packs expire within 30 days. Throwaway database; prints ms.
import { throwawayDatabase } from "../lib/throwaway-db";
import { seedPacks } from "./seed";

const database = await throwawayDatabase("benchjobs");
process.env.DATABASE_URL = database.url;
// Seeding writes 100,000 packs in one statement: no limit meant for requests applies here.
process.env.DATABASE_STATEMENT_TIMEOUT ??= "0s";
const { closeDatabase, default: prisma } = await import("../../app/db.server");
const { sweep } = await import("../../app/services/sweep.server");
const { recordReminders } = await import("../../app/services/reminders/record.server");
const { checkLedger } = await import("../../app/services/ledger/check.server");

const ms = (start: number) => Math.round(performance.now() - start);
const results: Record<string, number> = {};

// Reminders a week before the packs expire; the sweep on Dec 1 2024, when every pack has expired
// and its window closed.
const batchSize = Number(process.env.SWEEP_BATCH ?? 250);
const concurrency = Number(process.env.SWEEP_CONCURRENCY ?? 2);
await seedPacks(prisma, "bench-jobs", 10_000, 10);
results.packs = await prisma.pack.count();
const first = await prisma.pack.aggregate({ _min: { expiresAt: true } });
const weekBefore = new Date((first._min.expiresAt as Date).getTime() - 7 * 24 * 60 * 60 * 1000);

let start = performance.now();
const reminders = await recordReminders(weekBefore);
results.remindersMs = ms(start);
results.reminderShops = reminders.shops;
results.reminders = reminders.reminders;

start = performance.now();
const swept = await sweep(new Date("2024-12-01T00:00:00Z"), { batchSize, concurrency });
results.sweepMs = ms(start);
results.batchSize = batchSize;
results.concurrency = concurrency;
results.sweepShops = swept.shops;
results.sweepSettlements = swept.settlements;
results.sweepPacksPerSecond = Math.round(results.packs / (results.sweepMs / 1000));

start = performance.now();
const again = await sweep(new Date("2024-12-02T00:00:00Z"));
results.secondSweepMs = ms(start);
results.secondSweepShops = again.shops;

results.ledgerDifferences = (await checkLedger()).length;
await closeDatabase();
await database.drop();
console.log(JSON.stringify(results, null, 2));
