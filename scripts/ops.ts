// npm run ops -- COMMAND: company operations from a shell (see scripts/ops/commands.ts for the list).
// It reads only the variables it uses: no Shopify credentials (it calls no Shopify API), the app
// URL to build links, SMTP_URL to queue emails. A missing one is one line naming it.
import { EnvError } from "../app/env.server";
import { runOps } from "./ops/commands";

let code: number;
try {
  code = await runOps(process.argv.slice(2), new Date(), {
    log: (line) => console.log(line),
    error: (line) => console.error(line),
  });
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(error.message);
  code = 2;
}
const { closeDatabase } = await import("../app/db.server");
await closeDatabase();
process.exit(code);
