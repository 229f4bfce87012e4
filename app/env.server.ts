import { z } from "zod";
import { databaseEnvSchema } from "./env-database.server";

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

/** An email address, alone or as "Name <address>". */
const MAILBOX = /^(?:[^<>]*<\s*[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+\s*>|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)$/;
const MAIL_FROM_REQUIRED = "is required when SMTP_URL is set (the From address your provider accepts)";
const PREVIEW_ONLY = "is for the local preview only: unset it in production";

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
    // How often the time-driven jobs run (graphile-worker's crontab; `npm run jobs` defaults to 5m).
    // Set, it also starts a worker inside the web process; unset, run `npm run jobs` (a worker) or
    // `npm run jobs -- --once` from cron.
    JOBS_INTERVAL: interval.optional(),
    // Email (docs/decisions/061): unset SMTP_URL turns email off.
    SMTP_URL: z
      .string()
      .regex(
        /^smtps?:\/\/[^/?#\s]+/,
        "must be an smtp:// or smtps:// URL, e.g. smtp://user:password@smtp.example.com:587",
      )
      .optional(),
    MAIL_FROM: z
      .string()
      .trim()
      .regex(MAILBOX, 'must be an address or "Name <address>", e.g. "Support Packs <hello@example.com>"')
      .optional(),
  })
  .superRefine((env, context) => {
    if (env.SMTP_URL && !env.MAIL_FROM)
      context.addIssue({ code: "custom", path: ["MAIL_FROM"], message: MAIL_FROM_REQUIRED });
    if (env.NODE_ENV !== "production") return;
    for (const name of ["SHOPIFY_CDN_URL", "APP_BRIDGE_URL"] as const) {
      if (env[name]) context.addIssue({ code: "custom", path: [name], message: PREVIEW_ONLY });
    }
  });

type Parsed = z.infer<typeof schema>;
export type Env = Omit<Parsed, "BILLING_TEST"> & { BILLING_TEST: boolean };
type Name = keyof Env;

/** A missing or malformed variable: its message names it and what is allowed, in one line each. */
export class EnvError extends Error {
  override name = "EnvError";
}

function describe(name: string, issue: z.core.$ZodIssue, value: string | undefined): string {
  const detail = issue.code === "invalid_type" && value === undefined ? "is required" : issue.message;
  return `${name}: ${detail}`;
}

/**
 * Validates a whole environment (the web server at startup, tests). Throws one EnvError naming
 * every missing or malformed variable. BILLING_TEST defaults to true outside production.
 */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = issue.path.join(".");
      return `  ${describe(name, issue, source[name])}`;
    });
    throw new EnvError(`Invalid environment (see .env.example):\n${lines.join("\n")}`);
  }
  const env = result.data;
  return { ...env, BILLING_TEST: env.BILLING_TEST ?? env.NODE_ENV !== "production" };
}

const fields = schema.shape;

// One variable, validated when read: scripts need only the variables they use (npm run ops
// needs no Shopify credentials). Remembered per raw value.
const read = new Map<Name, { raw: string | undefined; value: unknown }>();
function readVariable(name: Name): unknown {
  const raw = process.env[name];
  const cached = read.get(name);
  if (cached && cached.raw === raw) return cached.value;
  const field = fields[name as keyof typeof fields];
  const result = field.safeParse(raw);
  if (!result.success)
    throw new EnvError(`${describe(name, result.error.issues[0]!, raw)} (see .env.example)`);
  let value: unknown = result.data;
  if (name === "BILLING_TEST") value ??= readVariable("NODE_ENV") !== "production";
  if (
    (name === "SHOPIFY_CDN_URL" || name === "APP_BRIDGE_URL") &&
    value &&
    readVariable("NODE_ENV") === "production"
  )
    throw new EnvError(`${name}: ${PREVIEW_ONLY}`);
  if (name === "MAIL_FROM" && !value && readVariable("SMTP_URL"))
    throw new EnvError(`MAIL_FROM: ${MAIL_FROM_REQUIRED} (see .env.example)`);
  read.set(name, { raw, value });
  return value;
}

/**
 * This process's environment. Each variable is validated when it is first read (a missing or bad
 * one throws an EnvError naming it); the web server checks them all at startup (`checkEnv`).
 */
export const env = Object.defineProperties(
  {} as Env,
  Object.fromEntries(
    (Object.keys(fields) as Name[]).map((name) => [
      name,
      { get: () => readVariable(name), enumerable: true },
    ]),
  ),
);

/** Validates every variable at once (the web server's startup): throws naming each problem. */
export function checkEnv(): void {
  parseEnv(process.env);
}
