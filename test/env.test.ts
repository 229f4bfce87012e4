import { describe, expect, test } from "vitest";
import { parseEnv } from "~/env.server";

const valid = {
  DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/db",
  SHOPIFY_API_KEY: "key",
  SHOPIFY_API_SECRET: "secret",
  SHOPIFY_APP_URL: "https://app.example.com",
};

describe("environment", () => {
  test("a complete environment parses, with test billing on outside production", () => {
    const env = parseEnv({ ...valid, NODE_ENV: "development" });
    expect(env.SHOPIFY_APP_URL).toBe("https://app.example.com");
    expect(env.BILLING_TEST).toBe(true);
    expect(env.SCOPES).toBe("");
  });

  test("production charges for real unless BILLING_TEST says otherwise", () => {
    expect(parseEnv({ ...valid, NODE_ENV: "production" }).BILLING_TEST).toBe(false);
    expect(parseEnv({ ...valid, NODE_ENV: "production", BILLING_TEST: "true" }).BILLING_TEST).toBe(true);
  });

  test("the preview's stand-in CDN is accepted outside production and refused in it", () => {
    const preview = {
      SHOPIFY_CDN_URL: "http://localhost:8081",
      APP_BRIDGE_URL: "http://localhost:8081/ab.js",
    };
    expect(parseEnv({ ...valid, NODE_ENV: "development", ...preview }).SHOPIFY_CDN_URL).toBe(
      "http://localhost:8081",
    );
    const attempt = () => parseEnv({ ...valid, NODE_ENV: "production", ...preview });
    expect(attempt).toThrow(/SHOPIFY_CDN_URL: is for the local preview only/);
    expect(attempt).toThrow(/APP_BRIDGE_URL: is for the local preview only/);
  });

  test("a missing variable is named as required", () => {
    const { SHOPIFY_API_SECRET: _omit, ...rest } = valid;
    expect(() => parseEnv(rest)).toThrow(/SHOPIFY_API_SECRET: is required/);
  });

  test("every malformed variable is named with what is allowed", () => {
    const attempt = () =>
      parseEnv({
        ...valid,
        DATABASE_URL: "mysql://x",
        SHOPIFY_APP_URL: "http://app.example.com",
        BILLING_TEST: "yes",
      });
    expect(attempt).toThrow(/DATABASE_URL: must be a postgresql:\/\/ connection string/);
    expect(attempt).toThrow(/SHOPIFY_APP_URL: must use https/);
    expect(attempt).toThrow(/BILLING_TEST:/);
  });

  test("TRUSTED_PROXY_HOPS defaults to 0 and takes a small whole number", () => {
    expect(parseEnv(valid).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseEnv({ ...valid, TRUSTED_PROXY_HOPS: "2" }).TRUSTED_PROXY_HOPS).toBe(2);
    expect(() => parseEnv({ ...valid, TRUSTED_PROXY_HOPS: "-1" })).toThrow(/TRUSTED_PROXY_HOPS: must be/);
    expect(() => parseEnv({ ...valid, TRUSTED_PROXY_HOPS: "one" })).toThrow(/TRUSTED_PROXY_HOPS: must be/);
  });

  test("http is accepted for a localhost app URL", () => {
    expect(parseEnv({ ...valid, SHOPIFY_APP_URL: "http://localhost:3000" }).SHOPIFY_APP_URL).toBe(
      "http://localhost:3000",
    );
  });

  test("JOBS_INTERVAL is a duration of at least 30 seconds, in milliseconds", () => {
    expect(parseEnv(valid).JOBS_INTERVAL).toBeUndefined();
    expect(parseEnv({ ...valid, JOBS_INTERVAL: "5m" }).JOBS_INTERVAL).toBe(300_000);
    expect(parseEnv({ ...valid, JOBS_INTERVAL: "45s" }).JOBS_INTERVAL).toBe(45_000);
    expect(() => parseEnv({ ...valid, JOBS_INTERVAL: "10s" })).toThrow(/JOBS_INTERVAL: must be at least 30s/);
    expect(() => parseEnv({ ...valid, JOBS_INTERVAL: "5 minutes" })).toThrow(
      /JOBS_INTERVAL: must be a duration such as 30s, 5m or 1h/,
    );
  });
});
