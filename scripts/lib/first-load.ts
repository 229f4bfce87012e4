// The JavaScript a page's first load ships, from the client build's Vite manifest: the client
// entry, the root, the app layout and the page's route chunk with everything they import
// statically (dynamic imports load later and are not counted).
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

interface Chunk {
  file: string;
  imports?: string[];
}

export interface FirstLoad {
  chunks: number;
  raw: number;
  gzip: number;
}

/** Bytes of `route`'s first load (a route file such as "app/routes/app._index.tsx"), after a build. */
export function firstLoad(route: string, layout = "app/routes/app.tsx"): FirstLoad {
  // Remix moves the client's Vite manifest out of the served folder (build/client/.vite/manifest.json).
  const manifestPath = ["build/.vite/client-manifest.json", "build/client/.vite/manifest.json"].find(
    existsSync,
  );
  if (!manifestPath) throw new Error("No client build manifest: run `npm run build` first.");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Record<string, Chunk>;
  const entry = Object.keys(manifest).find((key) => /entry\.client/.test(key)) ?? "";
  // Route modules are keyed with a query (`?__remix-build-client-route`) in Remix's client build.
  const keyOf = (file: string) => Object.keys(manifest).find((key) => key.split("?")[0] === file) ?? file;
  const starts = [entry, ...["app/root.tsx", layout, route].map(keyOf)];

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
  return { chunks: seen.size, raw, gzip };
}
