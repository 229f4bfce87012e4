import { z } from "zod";
import { databaseEnvSchema, parseEnvWith } from "./env-database.server";

const booleanString = z.enum(["true", "false"]).transform((value) => value === "true");

const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000 } as const;

/** "30s", "5m", "1h" as milliseconds; at least 30 seconds. */
const interval = z
  .string()
  .regex(/^\d+[smh]$/, "must be a duration such as 30s, 5m or 1h")
  .transform((value) => Number(value.slice(0, -1)) * UNIT_MS[value.slice(-1) as keyof typeof UNIT_MS])
  .refine((ms) => ms >= 30_000, "must be at least 30s");

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    ...databaseEnvSchema.shape,
    SHOPIFY_API_KEY: z.string().min(1, "is required (the app's client id)"),
    SHOPIFY_API_SECRET: z.string().min(1, "is required (the app's client secret)"),
    SHOPIFY_APP_URL: z
      .url("must be the app's public https URL")
      .refine(
        (url) =>
          url.startsWith("https://") ||
          url.startsWith("http://localhost") ||
          url.startsWith("http://127.0.0.1"),
        "must use https (http only for localhost)",
      ),
    SCOPES: z.string().default(""),
    SHOP_CUSTOM_DOMAIN: z.string().optional(),
    BILLING_TEST: booleanString.optional(),
    // Local preview only (npm run preview): where Shopify's CDN files, App Bridge and the Inter
    // font, are served from instead of https://cdn.shopify.com; APP_BRIDGE_URL is the library's own.
    SHOPIFY_CDN_URL: z.url().optional(),
    APP_BRIDGE_URL: z.url().optional(),
    // How many proxies in front of the app append to X-Forwarded-For: 0 takes the client's IP from
    // the connection itself (app/portal/client-ip.server.ts).
    TRUSTED_PROXY_HOPS: z
      .string()
      .regex(/^([0-9]|10)$/, "must be the number of proxies in front of the app, 0 to 10")
      .default("0")
      .transform(Number),
    // Run the jobs (app/jobs) inside the web process every interval; unset: run them from cron with
    // `npm run jobs -- --once`, or as a worker with `npm run jobs`.
    JOBS_INTERVAL: interval.optional(),
  })
  .superRefine((env, context) => {
    if (env.NODE_ENV !== "production") return;
    for (const name of ["SHOPIFY_CDN_URL", "APP_BRIDGE_URL"] as const) {
      if (env[name])
        context.addIssue({
          code: "custom",
          path: [name],
          message: "is for the local preview only: unset it in production",
        });
    }
  });

type Parsed = z.infer<typeof schema>;
export type Env = Omit<Parsed, "BILLING_TEST"> & { BILLING_TEST: boolean };

/**
 * Validates an environment. Throws one error naming every missing or malformed variable.
 * BILLING_TEST defaults to true outside production and must be false (or unset) in it.
 */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const env = parseEnvWith(schema, source);
  const billingTest = env.BILLING_TEST ?? env.NODE_ENV !== "production";
  return { ...env, BILLING_TEST: billingTest };
}

/** The validated environment of this process, read once at startup. */
export const env: Env = parseEnv(process.env);
