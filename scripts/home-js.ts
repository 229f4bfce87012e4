// Prints the JavaScript a page's first load ships (scripts/lib/first-load.ts). Run after
// `npm run build`: `npx tsx scripts/home-js.ts [route file]` (default: the merchant home).
import { firstLoad } from "./lib/first-load";

const route = process.argv[2] ?? "app/routes/app._index.tsx";
const { chunks, raw, gzip } = firstLoad(route);
const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
console.log(`${route}: ${chunks} chunks, ${kib(raw)} raw, ${kib(gzip)} gzip`);
