// npm run bench:jobs: the sweep over 100,000 packs (10,000 shops x 10, all expired by then), the
// reminders run over shops whose packs expire within 30 days, and the reminders job emailing
// 10,000 reminders through the worker to a local SMTP catcher. Throwaway database; prints ms.
import { startSmtpCatcher } from "../lib/smtp-catcher";
import { throwawayDatabase } from "../lib/throwaway-db";
import { seedDueReminders, seedPacks } from "./seed";

const database = await throwawayDatabase("benchjobs");
process.env.DATABASE_URL = database.url;
// Seeding writes 100,000 packs in one statement: no limit meant for requests applies here.
process.env.DATABASE_STATEMENT_TIMEOUT ??= "0s";
const { closeDatabase, default: prisma } = await import("../../app/db.server");
const { sweep } = await import("../../app/services/sweep.server");
const { recordReminders } = await import("../../app/services/reminders/record.server");
const { checkLedger } = await import("../../app/services/ledger/check.sql.server");

const ms = (start: number) => Math.round(performance.now() - start);
const results: Record<string, number> = {};

// BENCH_JOBS=mail runs only the last part (10,000 reminders emailed).
let start = performance.now();
if (process.env.BENCH_JOBS !== "mail") {
  // Reminders a week before the packs expire; the sweep on Dec 1 2024, when every pack has expired
  // and its window closed.
  const batchSize = Number(process.env.SWEEP_BATCH ?? 250);
  const concurrency = Number(process.env.SWEEP_CONCURRENCY ?? 2);
  await seedPacks(prisma, "bench-jobs", 10_000, 10);
  results.packs = await prisma.pack.count();
  const first = await prisma.pack.aggregate({ _min: { expiresAt: true } });
  const weekBefore = new Date((first._min.expiresAt as Date).getTime() - 7 * 24 * 60 * 60 * 1000);

  start = performance.now();
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
}

// The reminders job emailing 10,000 reminders: 10,000 more shops whose packs all expire on Apr 1
// 2025, a week later. Recording queues one email and one Flow call per reminder; the worker (4
// jobs at once) sends the emails to an SMTP server in this process. Flow is answered in-process.
const mailShops = 10_000;
// The first reminders run queued a Flow call per reminder (there is no Shopify here): drop them,
// so that what follows measures these 10,000 reminders alone.
await prisma.$executeRawUnsafe("DELETE FROM graphile_worker._private_jobs");
await seedDueReminders(prisma, "bench-mail", mailShops, "2025-01-01T12:00:00Z");
const catcher = await startSmtpCatcher({ keep: false });
// Local stand-ins: emails build links from the app's URL and sign unsubscribe links with its secret.
Object.assign(process.env, {
  SMTP_URL: catcher.url,
  MAIL_FROM: "Bench <bench@bench.test>",
  SHOPIFY_API_KEY: process.env.SHOPIFY_API_KEY ?? "bench",
  SHOPIFY_API_SECRET: process.env.SHOPIFY_API_SECRET ?? "bench-secret",
  SHOPIFY_APP_URL: process.env.SHOPIFY_APP_URL ?? "http://localhost:3000",
});
const { drainQueue } = await import("../../app/jobs/worker.server");
const flowAccepts = async () => async () =>
  new Response(JSON.stringify({ data: { flowTriggerReceive: { userErrors: [] } } }));
const mailAt = new Date("2025-03-25T12:00:00Z");
start = performance.now();
const mailReminders = await recordReminders(mailAt);
results.mailRemindersRecordMs = ms(start);
results.mailReminders = mailReminders.reminders;
const drainStart = performance.now();
const drained = await drainQueue({ context: { now: () => mailAt, log: () => {}, adminFor: flowAccepts } });
await catcher.waitFor(mailShops, 60_000);
results.mailDrainMs = ms(drainStart);
results.mailJobsCompleted = drained.completed;
results.mailJobsFailed = drained.failed;
results.emailsSent = mailShops;
results.mailTotalMs = ms(start);
results.emailsPerSecond = Math.round(mailShops / (results.mailTotalMs / 1000));
await catcher.close();
const { closeEmailTransport } = await import("../../app/services/email/transport.server");
closeEmailTransport();

results.ledgerDifferences = (await checkLedger()).length;
await closeDatabase();
await database.drop();
console.log(JSON.stringify(results, null, 2));
