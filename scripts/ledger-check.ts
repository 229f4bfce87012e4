// npm run ledger:check: rebuilds every pack's balances from its entries and reports differences.
// Exit code 0 when the ledger is consistent, 1 otherwise. Uses DATABASE_URL (or the embedded one).
import prisma, { closeDatabase } from "../app/db.server";
import { checkLedger } from "../app/services/ledger/check.sql.server";

const started = Date.now();
const differences = await checkLedger();
const packs = await prisma.pack.count();
await closeDatabase();
if (differences.length === 0) {
  console.log(`Ledger consistent: ${packs} packs checked in ${Date.now() - started} ms.`);
} else {
  console.error(`${differences.length} difference(s) between stored balances and entries:`);
  for (const d of differences) {
    console.error(
      `  shop ${d.shopId} pack ${d.packId} ${d.field}: stored ${d.stored}, from entries ${d.fromEntries}`,
    );
  }
  process.exitCode = 1;
}
