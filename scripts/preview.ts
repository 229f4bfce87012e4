// npm run preview: the whole product on localhost with Shopify emulated, for a newcomer without
// a Shopify account and for the browser tests (docs/decisions/040-local-preview.md).
// Usage: npm run preview -- [--at 2024-08-25] [--shift-days N] [--port 8080] [--shopify-port 8081] [--no-build]
import { parseArgs } from "node:util";

if (process.env.NODE_ENV === "production") {
  console.error(
    "npm run preview emulates Shopify for local use and refuses to run with NODE_ENV=production.",
  );
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    at: { type: "string" },
    "shift-days": { type: "string" },
    port: { type: "string", default: "8080" },
    "shopify-port": { type: "string" },
    "no-build": { type: "boolean", default: false },
  },
});
const port = Number(values.port);
const shopifyPort = Number(values["shopify-port"] ?? port + 1);
if (!Number.isInteger(port) || !Number.isInteger(shopifyPort)) {
  console.error("--port and --shopify-port take port numbers.");
  process.exit(2);
}

const { startPreview } = await import("./preview/start");
await startPreview({
  port,
  shopifyPort,
  at: values.at,
  shiftDays: values["shift-days"] === undefined ? undefined : Number(values["shift-days"]),
  build: !values["no-build"],
});
