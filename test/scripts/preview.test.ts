// The preview's pieces that must hold without a browser: it never runs in production, its
// session tokens are ones Shopify's library accepts, and Shopify's headers point at the emulation.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
// Shopify's library needs a runtime adapter; the app's (through @shopify/shopify-app-remix) is web-api.
import "@shopify/shopify-api/adapters/web-api";
import { ApiVersion, LogSeverity, shopifyApi } from "@shopify/shopify-api";
import { describe, expect, test } from "vitest";
import { previewHeader } from "../../scripts/preview/app-server";
import { changeClock, clockChangeFrom, clockState, parseInstant } from "../../scripts/preview/clock-control";
import { previewConfig } from "../../scripts/preview/config";
import { hostParam, sessionToken } from "../../scripts/preview/session-token";

const config = previewConfig(8080, 8081);

describe("preview", () => {
  test("refuses to start with NODE_ENV=production", async () => {
    const run = promisify(execFile)("tsx", ["scripts/preview.ts", "--no-build"], {
      env: { ...process.env, NODE_ENV: "production" },
    });
    await expect(run).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("refuses to run with NODE_ENV=production"),
    });
  });

  test("signs session tokens that Shopify's library verifies for the shop", async () => {
    const api = shopifyApi({
      apiKey: config.apiKey,
      apiSecretKey: config.apiSecret,
      hostName: "localhost:8080",
      apiVersion: ApiVersion.October26,
      isEmbeddedApp: true,
      logger: { level: LogSeverity.Error },
    });
    const payload = await api.session.decodeSessionToken(
      sessionToken("demo-store.myshopify.com", config.apiKey, config.apiSecret),
    );
    expect(payload).toMatchObject({ dest: "https://demo-store.myshopify.com", aud: config.apiKey });
    expect(payload.exp - payload.iat).toBe(60);
    await expect(
      api.session.decodeSessionToken(sessionToken("demo-store.myshopify.com", config.apiKey, "other")),
    ).rejects.toThrow();
    expect(api.utils.sanitizeHost(hostParam("demo-store"))).toBe(hostParam("demo-store"));
  });

  test("points Shopify's headers at the emulated admin and drops the CDN preload", () => {
    const csp = "frame-ancestors https://x.myshopify.com https://admin.shopify.com https://*.spin.dev;";
    expect(previewHeader("Content-Security-Policy", csp, config)).toBe(
      "frame-ancestors http://localhost:8081;",
    );
    expect(
      previewHeader("Link", '<https://cdn.shopify.com/shopifycloud/app-bridge.js>; rel="preload"', config),
    ).toBeNull();
    expect(previewHeader("Location", "https://admin.shopify.com/store/x/apps/k", config)).toBe(
      "http://localhost:8081/store/x/apps/k",
    );
    expect(previewHeader("Location", "/app/packs", config)).toBe("/app/packs");
  });

  test("moves the clock to a date, by days, and back", () => {
    expect(parseInstant("2024-08-25")?.toISOString()).toBe("2024-08-25T12:00:00.000Z");
    expect(parseInstant("soon")).toBeNull();
    expect(changeClock({ at: "2024-08-25" })).toBeNull();
    expect(clockState().now.toISOString().slice(0, 10)).toBe("2024-08-25");
    expect(changeClock(clockChangeFrom({ shiftDays: 7 })!)).toBeNull();
    expect(clockState().now.toISOString().slice(0, 10)).toBe("2024-09-01");
    expect(changeClock({ at: "never" })).toMatch(/not a date/);
    expect(clockChangeFrom({})).toBeNull();
    changeClock({ reset: true });
    expect(clockState().offsetMs).toBe(0);
  });
});
