import { describe, expect, test } from "vitest";
import { parseDatabaseEnv } from "~/env-database.server";
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

  test("the database pool's size and timeouts have defaults, and take durations such as 500ms, 3s or 1m", () => {
    expect(parseEnv(valid)).toMatchObject({
      DATABASE_POOL_MAX: 10,
      DATABASE_CONNECT_TIMEOUT: 3000,
      DATABASE_STATEMENT_TIMEOUT: 15_000,
      DATABASE_IDLE_IN_TRANSACTION_TIMEOUT: 30_000,
    });
    const set = {
      DATABASE_POOL_MAX: "4",
      DATABASE_CONNECT_TIMEOUT: "500ms",
      DATABASE_STATEMENT_TIMEOUT: "1m",
      DATABASE_IDLE_IN_TRANSACTION_TIMEOUT: "0s",
    };
    expect(parseEnv({ ...valid, ...set })).toMatchObject({
      DATABASE_POOL_MAX: 4,
      DATABASE_CONNECT_TIMEOUT: 500,
      DATABASE_STATEMENT_TIMEOUT: 60_000,
      DATABASE_IDLE_IN_TRANSACTION_TIMEOUT: 0,
    });
    const attempt = () =>
      parseEnv({
        ...valid,
        DATABASE_POOL_MAX: "0",
        DATABASE_CONNECT_TIMEOUT: "3",
        DATABASE_STATEMENT_TIMEOUT: "1h",
      });
    expect(attempt).toThrow(/DATABASE_POOL_MAX: must be a number of connections from 1 to 9999/);
    expect(attempt).toThrow(/DATABASE_CONNECT_TIMEOUT: must be a duration such as 500ms, 3s or 1m/);
    expect(attempt).toThrow(/DATABASE_STATEMENT_TIMEOUT: must be a duration such as 500ms, 3s or 1m/);
  });

  test("the database's variables parse alone, for scripts that need no Shopify settings", () => {
    expect(parseDatabaseEnv({ DATABASE_URL: valid.DATABASE_URL })).toMatchObject({
      DATABASE_URL: valid.DATABASE_URL,
      DATABASE_POOL_MAX: 10,
    });
    expect(() => parseDatabaseEnv({})).toThrow(/DATABASE_URL: is required/);
  });
});
