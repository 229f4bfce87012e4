// Serving pages in-process through Remix's own request handler, with the app's real entry
// (handleRequest, handleError), root and route modules: the HTML a browser would get, and the log
// lines a fault leaves. Only the routes a test names are mounted.
import { createRequestHandler, type ServerBuild, type ServerEntryModule } from "@remix-run/node";
import * as entry from "~/entry.server";
import * as root from "~/root";

/** A route module mounted under its parent, as Remix's flat routes would mount it. */
export interface Mounted {
  id: string;
  parentId?: string;
  path?: string;
  index?: boolean;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  module: any;
}

const FUTURE = {
  v3_fetcherPersist: true,
  v3_relativeSplatPath: true,
  v3_throwAbortReason: true,
  v3_lazyRouteDiscovery: true,
  v3_singleFetch: true,
};

/** A request handler serving `routes` (under the app's root) as the production server would. */
export function serve(routes: Mounted[]) {
  const all = [{ id: "root", path: "", module: root }, ...routes.map((r) => ({ parentId: "root", ...r }))];
  const build: ServerBuild = {
    mode: "production",
    // handleRequest's promise is untyped; it resolves to the document's Response.
    entry: { module: entry as ServerEntryModule },
    routes: Object.fromEntries(all.map((r) => [r.id, r])),
    assets: {
      entry: { imports: [], module: "/build/entry.client.js" },
      routes: Object.fromEntries(
        all.map((r) => [
          r.id,
          {
            id: r.id,
            parentId: "parentId" in r ? r.parentId : undefined,
            path: r.path,
            index: "index" in r ? r.index : undefined,
            module: `/build/${r.id}.js`,
            hasAction: typeof r.module.action === "function",
            hasLoader: typeof r.module.loader === "function",
            hasClientAction: false,
            hasClientLoader: false,
            hasErrorBoundary: typeof r.module.ErrorBoundary === "function",
          },
        ]),
      ),
      url: "/build/manifest.js",
      version: "test",
    },
    publicPath: "/build/",
    assetsBuildDirectory: "build/client",
    future: FUTURE,
    isSpaMode: false,
  };
  return createRequestHandler(build, "production");
}
