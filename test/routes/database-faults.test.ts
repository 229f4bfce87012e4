// Requests through Remix's own request handler (production mode, the app's entry.server.tsx and
// route modules), while the database answers and while it does not (docs/decisions/056).
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { describe, expect, test, vi } from "vitest";
import * as entry from "~/entry.server";
import * as root from "~/root";
import * as appLayout from "~/routes/app";
import * as appHome from "~/routes/app._index";
import * as uninstalled from "~/routes/webhooks.app.uninstalled";
import { RETRY_AFTER_SECONDS } from "~/services/database-faults.server";
import { databaseAt, silentServer, timed, whileDatabaseIs } from "../support/databases";
import { adminRequest } from "../support/routes";
import { webhookRequest } from "../support/shopify";
import { installedShop } from "../support/factories";

const ROUTES = [
  { id: "root", path: "", module: root },
  { id: "routes/app", parentId: "root", path: "app", module: appLayout },
  { id: "routes/app._index", parentId: "routes/app", index: true, module: appHome },
  {
    id: "routes/webhooks.app.uninstalled",
    parentId: "root",
    path: "webhooks/app/uninstalled",
    module: uninstalled,
  },
];

/** The server build Remix's compiler would make of these modules (client assets are stand-ins). */
function serverBuild(): ServerBuild {
  const entryRoute = ({ module, ...route }: (typeof ROUTES)[number]) => ({
    ...route,
    module: `/assets/${route.id}.js`,
    hasLoader: "loader" in module,
    hasAction: "action" in module,
    hasClientLoader: false,
    hasClientAction: false,
    hasErrorBoundary: "ErrorBoundary" in module,
  });
  return {
    mode: "production",
    entry: { module: entry },
    routes: Object.fromEntries(ROUTES.map((route) => [route.id, route])),
    assets: {
      entry: { module: "/assets/entry.client.js", imports: [] },
      routes: Object.fromEntries(ROUTES.map((route) => [route.id, entryRoute(route)])),
      url: "/assets/manifest.js",
      version: "test",
    },
    basename: "/",
    publicPath: "/",
    assetsBuildDirectory: "build/client",
    future: {
      v3_fetcherPersist: true,
      v3_relativeSplatPath: true,
      v3_throwAbortReason: true,
      v3_lazyRouteDiscovery: true,
      v3_singleFetch: true,
      v3_routeConfig: false,
      unstable_optimizeDeps: false,
    },
    isSpaMode: false,
  } as unknown as ServerBuild;
}

const handle = createRequestHandler(serverBuild(), "production");

/** A merchant's page load, its single-fetch data request, and a signed webhook delivery. */
async function requestsFor(shop: string) {
  const page = await adminRequest(shop, "/app");
  const data = await adminRequest(shop, "/app.data", { bearer: true });
  const webhook = webhookRequest("/webhooks/app/uninstalled", {
    topic: "app/uninstalled",
    shop,
    body: { myshopify_domain: shop },
  });
  return { page, data, webhook };
}

describe("requests while the database answers", () => {
  test("the page, its data and a webhook are served", async () => {
    const shop = await installedShop();
    const { page, data, webhook } = await requestsFor(shop.domain);
    expect((await handle(page)).status).toBe(200);
    expect((await handle(data)).status).toBe(200);
    expect((await handle(webhook)).status).toBe(200);
  });
});

describe("requests while the database does not answer", () => {
  test("the page, its data and a webhook answer 503 with Retry-After within seconds, without the error", async () => {
    const shop = await installedShop();
    const requests = await requestsFor(shop.domain);
    // Faults are logged as JSON lines on stderr (app/lib/log.server.ts).
    const logged: string[] = [];
    const write = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
      logged.push(String(chunk));
      return true;
    });
    const silent = await silentServer();
    try {
      await whileDatabaseIs(databaseAt(silent.url, { DATABASE_CONNECT_TIMEOUT: "500ms" }), async () => {
        for (const request of [requests.page, requests.data, requests.webhook]) {
          const { ms, value: response } = await timed(handle(request));
          expect(response?.status).toBe(503);
          expect(response?.headers.get("Retry-After")).toBe(String(RETRY_AFTER_SECONDS));
          expect(ms).toBeLessThan(3000);
          const body = await response!.text();
          expect(body).not.toMatch(/Connection terminated|timeout|127\.0\.0\.1|secret/i);
        }
      });
    } finally {
      write.mockRestore();
      await silent.close();
    }
    // Each failed request is logged for the operator, with its id and without its token.
    const faults = logged.map((line) => JSON.parse(line) as Record<string, string>);
    expect(faults.length).toBeGreaterThanOrEqual(3);
    expect(logged.join("")).not.toMatch(/id_token|Bearer/);
    expect(new Set(faults.map((fault) => fault.path))).toEqual(
      new Set(["/app", "/app.data", "/webhooks/app/uninstalled"]),
    );
    for (const fault of faults) {
      expect(fault).toMatchObject({
        level: "error",
        error: "Connection terminated due to connection timeout",
      });
      expect(fault.requestId).toMatch(/^[\w.-]{8,64}$/);
    }
  });
});
