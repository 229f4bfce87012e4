import { z } from "zod";

const UNIT_MS = { ms: 1, s: 1000, m: 60_000 } as const;

/** "500ms", "3s", "1m" as milliseconds; "0s" means no limit. */
const timeout = z
  .string()
  .regex(/^\d+(ms|s|m)$/, "must be a duration such as 500ms, 3s or 1m (0s: no limit)")
  .transform((value) => {
    const unit = value.endsWith("ms") ? "ms" : (value.slice(-1) as "s" | "m");
    return Number(value.slice(0, -unit.length)) * UNIT_MS[unit];
  });

// The database's variables: part of the app's environment (env.server.ts), and parsed alone by
// app/db.server.ts so that scripts needing only the database (simulate, ledger:check, the
// benchmarks) run without the Shopify ones.
export const databaseEnvSchema = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string"),
  // One pool per process (docs/decisions/055): size it with every process's under max_connections.
  DATABASE_POOL_MAX: z
    .string()
    .regex(/^[1-9]\d{0,3}$/, "must be a number of connections from 1 to 9999")
    .transform(Number)
    .default(10),
  // How long to wait for the database (docs/decisions/056); 0s: no limit.
  DATABASE_CONNECT_TIMEOUT: timeout.default(3000),
  DATABASE_STATEMENT_TIMEOUT: timeout.default(15_000),
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT: timeout.default(30_000),
});

export type DatabaseEnv = z.infer<typeof databaseEnvSchema>;

/** Parses `source` with `schema`; throws one error naming every missing or malformed variable. */
export function parseEnvWith<T extends z.ZodType>(
  schema: T,
  source: Record<string, string | undefined>,
): z.infer<T> {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const name = issue.path.join(".");
    const detail =
      issue.code === "invalid_type" && source[name] === undefined ? "is required" : issue.message;
    return `  ${name}: ${detail}`;
  });
  throw new Error(`Invalid environment (see .env.example):\n${lines.join("\n")}`);
}

/** Validates the database's variables only. */
export function parseDatabaseEnv(source: Record<string, string | undefined>): DatabaseEnv {
  return parseEnvWith(databaseEnvSchema, source);
}
