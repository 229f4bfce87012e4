// `npm start`: serves the production build (build/) on PORT (default 3000).
// Usage: tsx server/main.ts [BUILD_DIR]
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { closeDatabase } from "../app/db.server";
import { appServer, listen } from "./app";

process.env.NODE_ENV ??= "production";
const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not "${process.env.PORT}".`);
  process.exit(2);
}

const buildDir = path.resolve(process.argv[2] ?? "build");
const build = (await import(pathToFileURL(path.join(buildDir, "server/index.js")).href)) as ServerBuild;
const app = appServer({
  handle: createRequestHandler(build, process.env.NODE_ENV),
  clientDir: path.join(buildDir, "client"),
});
const server = await listen(app, port, process.env.HOST);
console.log(`[server] http://localhost:${port}`);

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    // The build's copy of app/db.server.ts opened the pool; this one closes the same (one per process).
    server.close(() => void closeDatabase().finally(() => process.exit(0)));
    server.closeIdleConnections();
    // Requests still running after 10 s are cut short.
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
