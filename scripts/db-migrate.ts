// npm run db:migrate: the app's migrations (prisma migrate deploy) and graphile-worker's schema.
import { migrate } from "./lib/run";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set: run this through npm run db:migrate.");
  process.exit(2);
}
await migrate(url);
