import { z } from "zod";

const booleanString = z.enum(["true", "false"]).transform((value) => value === "true");

// The time-driven jobs run on a crontab, whose steps divide an hour or a day.
const MINUTES = [1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30];
const HOURS = [1, 2, 3, 4, 6, 8, 12, 24];

/** "5m", "1h" as milliseconds: whole minutes dividing an hour, or hours dividing a day. */
const interval = z
  .string()
  .regex(/^\d+[mh]$/, "must be a duration such as 5m, 15m or 1h")
  .refine(
    (value) => (value.endsWith("m") ? MINUTES : HOURS).includes(Number(value.slice(0, -1))),
    `must divide an hour or a day: ${MINUTES.join("m, ")}m, or ${HOURS.join("h, ")}h`,
  )
  .transform((value) => Number(value.slice(0, -1)) * (value.endsWith("m") ? 60_000 : 3_600_000));

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string"),
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
    // The request header whose last entry is the client's IP (set by the proxy in front of the app).
    PORTAL_CLIENT_IP_HEADER: z
      .string()
      .regex(/^[A-Za-z0-9-]+$/, "must be a header name, e.g. x-forwarded-for")
      .default("x-forwarded-for"),
    // How often the time-driven jobs run (graphile-worker's crontab; `npm run jobs` defaults to 5m).
    // Set, it also starts a worker inside the web process; unset, run `npm run jobs` (a worker) or
    // `npm run jobs -- --once` from cron.
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
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = issue.path.join(".");
      const detail =
        issue.code === "invalid_type" && source[name] === undefined ? "is required" : issue.message;
      return `  ${name}: ${detail}`;
    });
    throw new Error(`Invalid environment (see .env.example):\n${lines.join("\n")}`);
  }
  const env = result.data;
  const billingTest = env.BILLING_TEST ?? env.NODE_ENV !== "production";
  return { ...env, BILLING_TEST: billingTest };
}

/** The validated environment of this process, read once at startup. */
export const env: Env = parseEnv(process.env);
