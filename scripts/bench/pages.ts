// npm run bench:pages: the merchant's home, quote list and pack statement loaders (called through
// their route modules with a valid session token, as the route tests do) for a store with 10
// quotes and 2 packs and one with 10,000 quotes and 200 packs. Prints the median of N runs each
// and the ratio large / small (goal: within 2x). Throwaway database; writes bench-results/pages-*.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { RequestType, setUpValidRequest } from "@shopify/shopify-api/test-helpers";
import { throwawayDatabase } from "../lib/throwaway-db";
import { encodeCursor, timeKey } from "../../app/lib/pages";
import { seedStore } from "./seed-store";

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const API_KEY = "bench-api-key";
const API_SECRET = "bench-api-secret";

const database = await throwawayDatabase("benchpages");
Object.assign(process.env, {
  DATABASE_URL: database.url,
  DATABASE_STATEMENT_TIMEOUT: process.env.DATABASE_STATEMENT_TIMEOUT ?? "0s",
  SHOPIFY_API_KEY: API_KEY,
  SHOPIFY_API_SECRET: API_SECRET,
  SHOPIFY_APP_URL: "https://bench.example.com",
});
const { closeDatabase, default: prisma } = await import("../../app/db.server");
const { checkLedger } = await import("../../app/services/ledger/check.sql.server");
const home = await import("../../app/routes/app._index");
const quotes = await import("../../app/routes/app.quotes._index");
const statement = await import("../../app/routes/app.packs.$packId");

/** A document load of the embedded app for `shop`, signed as Shopify signs it. */
function adminRequest(shop: string, path: string) {
  return setUpValidRequest(
    {
      type: RequestType.Admin,
      store: shop.replace(/\.myshopify\.com$/, ""),
      apiKey: API_KEY,
      apiSecretKey: API_SECRET,
    },
    new Request(`https://bench.example.com${path}`),
  );
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loader = (args: any) => Promise<unknown>;

/**
 * The median ms of RUNS loads of each target (after 3 to warm up), alternating between them so
 * that neither gains from running second; each load with a fresh signed request.
 */
async function medians(
  loader: Loader,
  targets: { shop: string; path: string; params: Record<string, string> }[],
) {
  const times: number[][] = targets.map(() => []);
  // Shopify's library logs every authentication ("Authenticating admin request"): not our figures.
  const log = console.log;
  console.log = () => {};
  try {
    for (let run = 0; run < RUNS + 3; run++) {
      for (const [index, target] of targets.entries()) {
        const request = await adminRequest(target.shop, target.path);
        const start = performance.now();
        await loader({ request, params: target.params, context: {} });
        if (run >= 3) times[index]!.push(performance.now() - start);
      }
    }
  } finally {
    console.log = log;
  }
  return times.map((list) => {
    list.sort((a, b) => a - b);
    return Math.round(list[Math.floor(list.length / 2)]! * 100) / 100;
  });
}

const seedStart = performance.now();
const small = await seedStore(prisma, "bench-small", { quotes: 10, packs: 2 });
const large = await seedStore(prisma, "bench-large", { quotes: 10_000, packs: 200 });
const seedMs = Math.round(performance.now() - seedStart);
for (const store of [small, large]) {
  const differences = await checkLedger(store.shopId);
  if (differences.length > 0) throw new Error(`The seeded ledger of ${store.domain} does not add up`);
}

const rows: { page: string; small: number; large: number; ratio: number }[] = [];
type Store = typeof small;
async function measure(
  page: string,
  loader: Loader,
  path: (store: Store) => string,
  params: (store: Store) => Record<string, string> = () => ({}),
) {
  const [smallMs, largeMs] = await medians(
    loader,
    [small, large].map((store) => ({ shop: store.domain, path: path(store), params: params(store) })),
  );
  rows.push({ page, small: smallMs!, large: largeMs!, ratio: Math.round((largeMs! / smallMs!) * 100) / 100 });
}
await measure("home /app", home.loader, () => "/app");
await measure("quotes /app/quotes?status=completed", quotes.loader, () => "/app/quotes?status=completed");
// A page deep in the list: the large store's cursor at its 3,000th completed quote (keyset: no offset).
const deep = await prisma.quote.findMany({
  where: { shopId: large.shopId, status: "completed" },
  orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  skip: 2_999,
  take: 1,
});
const deepCursor = encodeCursor({ direction: "after", key: timeKey(deep[0]!.createdAt), id: deep[0]!.id });
await measure("quotes, 61st page (large) vs first (small)", quotes.loader, (store) =>
  store === large ? `/app/quotes?status=completed&cursor=${deepCursor}` : "/app/quotes?status=completed",
);
await measure(
  "statement /app/packs/:id (busiest pack)",
  statement.loader,
  (store) => `/app/packs/${store.busiestPackId}`,
  (store) => ({ packId: store.busiestPackId }),
);

console.log(
  `Seeded in ${seedMs} ms: ${small.domain} (10 quotes, 2 packs), ${large.domain} (10,000 quotes, 200 packs)`,
);
console.log(`Median of ${RUNS} loads (ms):`);
console.table(rows);
const worst = Math.max(...rows.map((r) => r.ratio));
console.log(worst <= 2 ? `Within 2x (worst ${worst}x).` : `Over 2x: worst ${worst}x.`);
if (worst > 2) process.exitCode = 1;
mkdirSync("bench-results", { recursive: true });
const file = `bench-results/pages-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
writeFileSync(file, JSON.stringify({ runs: RUNS, seedMs, rows }, null, 2));
console.log(`Wrote ${file}`);
await closeDatabase();
await database.drop();
