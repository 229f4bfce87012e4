// npm run ops -- COMMAND: company operations from a shell (see scripts/ops/commands.ts for the list).
import { runOps } from "./ops/commands";

const code = await runOps(process.argv.slice(2), new Date(), {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
});
const { closeDatabase } = await import("../app/db.server");
await closeDatabase();
process.exit(code);
