// The JavaScript a page's first load ships, from the client build's Vite manifest: the client
// entry, the root, the app layout and the page's route chunk with everything they import
// statically (dynamic imports load later and are not counted). Run after `npm run build`:
// `npx tsx scripts/home-js.ts [route file]` (default: the merchant home).
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

interface Chunk {
  file: string;
  imports?: string[];
}

const route = process.argv[2] ?? "app/routes/app._index.tsx";
// Remix moves the client's Vite manifest out of the served folder (build/client/.vite/manifest.json).
const manifestPath = ["build/.vite/client-manifest.json", "build/client/.vite/manifest.json"].find(
  existsSync,
);
if (!manifestPath) throw new Error("No client build manifest: run `npm run build` first.");
const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Record<string, Chunk>;
const entry = Object.keys(manifest).find((key) => /entry\.client/.test(key)) ?? "";
// Route modules are keyed with a query (`?__remix-build-client-route`) in Remix's client build.
const keyOf = (file: string) => Object.keys(manifest).find((key) => key.split("?")[0] === file) ?? file;
const starts = [entry, ...["app/root.tsx", "app/routes/app.tsx", route].map(keyOf)];

const seen = new Set<string>();
const visit = (key: string) => {
  if (seen.has(key) || !manifest[key]) return;
  seen.add(key);
  for (const next of manifest[key].imports ?? []) visit(next);
};
for (const key of starts) {
  if (!manifest[key]) throw new Error(`${key} is not in the build's manifest`);
  visit(key);
}

let raw = 0;
let gzip = 0;
for (const key of seen) {
  const bytes = readFileSync(`build/client/${manifest[key]!.file}`);
  raw += bytes.length;
  gzip += gzipSync(bytes, { level: 9 }).length;
}
const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
console.log(`${route}: ${seen.size} chunks, ${kib(raw)} raw, ${kib(gzip)} gzip`);
