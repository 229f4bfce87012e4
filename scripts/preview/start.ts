// Starts the preview: build, throwaway database, emulated Shopify, demo data, both servers.
import { listen } from "../../server/app";
import { terminateWithLaunchers } from "../lib/launcher";
import { throwawayDatabase } from "../lib/throwaway-db";
import { run } from "../lib/run";
import { changeClock } from "./clock-control";
import {
  DEMO_ADMIN,
  DEMO_DEVELOPER,
  DEMO_PASSWORD,
  DEMO_STORE,
  DEMO_TIMEZONE,
  previewConfig,
  shopDomain,
} from "./config";

export interface PreviewOptions {
  port: number;
  shopifyPort: number;
  at?: string;
  shiftDays?: number;
  build: boolean;
}

export async function startPreview(options: PreviewOptions) {
  // Killing `npm run preview` (even with SIGKILL) stops the preview as Ctrl-C does.
  terminateWithLaunchers();
  const config = previewConfig(options.port, options.shopifyPort);
  if (options.build) {
    console.log("[preview] Building the app (npm run build; --no-build skips it)...");
    if ((await run("remix", ["vite:build"], { SHOPIFY_APP_URL: config.appUrl })) !== 0) process.exit(1);
  }
  console.log("[preview] Starting a throwaway PostgreSQL...");
  const database = await throwawayDatabase("preview");
  Object.assign(process.env, {
    NODE_ENV: "development",
    DATABASE_URL: database.url,
    SHOPIFY_API_KEY: config.apiKey,
    SHOPIFY_API_SECRET: config.apiSecret,
    SHOPIFY_APP_URL: config.appUrl,
    SHOPIFY_CDN_URL: config.shopifyUrl,
    APP_BRIDGE_URL: `${config.shopifyUrl}/shopifycloud/app-bridge.js`,
    SCOPES: "",
    BILLING_TEST: "true",
  });
  delete process.env.SHOP_CUSTOM_DOMAIN;

  const error =
    options.at !== undefined
      ? changeClock({ at: options.at })
      : options.shiftDays !== undefined
        ? changeClock({ shiftDays: options.shiftDays })
        : null;
  if (error) {
    console.error(`[preview] --at/--shift-days: ${error}`);
    await database.drop();
    process.exit(2);
  }

  // Order matters: msw must patch fetch before the Shopify library (in the build) captures it.
  const { startAdminApi } = await import("./admin-api");
  const adminApi = startAdminApi(config);
  const { defineShop } = await import("./shopify-state");
  const clock = await import("~/clock.server");
  const { seedDemo } = await import("./seed");
  defineShop(shopDomain(DEMO_STORE), { timezone: DEMO_TIMEZONE });
  await seedDemo(shopDomain(DEMO_STORE), clock.now());

  const merchantUrl = `${config.shopifyUrl}/store/${DEMO_STORE}/apps/${config.apiKey}/app`;
  const portalUrl = `${config.appUrl}/developer/login`;
  const { appServerForPreview } = await import("./app-server");
  const { shopifyServer } = await import("./shopify-server");
  const servers = [
    await listen(await appServerForPreview(config), options.port, "127.0.0.1"),
    await listen(
      shopifyServer(config, [
        { label: "Merchant admin (demo-store)", href: merchantUrl, note: "Shopify admin with the app open" },
        { label: "Developer portal", href: portalUrl, note: `${DEMO_DEVELOPER.email} / ${DEMO_PASSWORD}` },
        {
          label: "Company console",
          href: `${config.appUrl}/developer/console`,
          note: `${DEMO_ADMIN.email} / ${DEMO_PASSWORD}`,
        },
      ]),
      options.shopifyPort,
      "127.0.0.1",
    ),
  ];

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    for (const server of servers) server.closeAllConnections();
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    adminApi.close();
    // The build's copy of app/db.server.ts opened the pool; this one closes the same (one per process).
    const { closeDatabase } = await import("~/db.server");
    await closeDatabase();
    await database.drop();
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.once(signal, () => void stop());

  console.log(`
Support Packs preview is running. Clock: ${clock.now().toISOString()}${clock.clockOffsetMs() ? " (moved)" : ""}

  Merchant admin (Shopify emulated)  ${merchantUrl}
  Developer portal                   ${portalUrl}
      developer                      ${DEMO_DEVELOPER.email} / ${DEMO_PASSWORD}
      company admin                  ${DEMO_ADMIN.email} / ${DEMO_PASSWORD}
  Another store                      ${config.shopifyUrl}/store/<handle> (installs the app on first visit)
  Clock                              the admin's top bar, or POST ${config.shopifyUrl}/preview/clock
                                     {"at":"2024-08-25"} | {"shiftDays":7} | {"reset":true}

Preview ready. Press Ctrl-C to stop; the database is thrown away.`);
}
