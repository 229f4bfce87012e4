// Fails when prisma/schema.prisma has changed without a migration (CI runs this).
import { openDatabase } from "./lib/dev-database";
import { diffSinceSnapshot, isEmptyDiff } from "./lib/schema-diff";

const database = await openDatabase();
const sql = await Promise.resolve()
  .then(() => diffSinceSnapshot(database.url))
  .finally(() => database.release());
if (!isEmptyDiff(sql)) {
  console.error("prisma/schema.prisma changed without a migration. Run: npm run db:migration -- NAME\n");
  console.error(sql);
  process.exit(1);
}
console.log("Migrations are up to date with prisma/schema.prisma.");
