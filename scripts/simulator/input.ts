import { z } from "zod";
import { DEFAULT_QUOTE_POLICY } from "../../app/ledger/quote-rules";

const instant = z.iso.datetime({
  offset: true,
  message: "must be an ISO 8601 instant like 2024-06-01T12:00:00Z",
});
const id = z.string().min(1, "must be a non-empty string");

const event = z.discriminatedUnion(
  "type",
  [
    z.object({ at: instant, type: z.literal("purchase"), pack: z.string(), id }),
    z.object({ at: instant, type: z.literal("quote"), id, estimateHours: z.number() }),
    z.object({ at: instant, type: z.literal("approve"), quote: id }),
    z.object({ at: instant, type: z.literal("decline"), quote: id, reason: z.string().optional() }),
    z.object({ at: instant, type: z.literal("cancel"), quote: id }),
    z.object({ at: instant, type: z.literal("complete"), quote: id, actualHours: z.number() }),
    z.object({ at: instant, type: z.literal("pay_quote"), quote: id }),
    z.object({ at: instant, type: z.literal("approve_overrun"), quote: id }),
    z.object({ at: instant, type: z.literal("dispute"), quote: id, reason: z.string().optional() }),
    z.object({
      at: instant,
      type: z.literal("resolve"),
      quote: id,
      chargedHours: z.number(),
      reason: z.string().optional(),
    }),
  ],
  {
    error:
      "must be one of purchase, quote, approve, decline, cancel, complete, pay_quote, approve_overrun, dispute, resolve",
  },
);

const days = z
  .number()
  .int("must be a whole number of days")
  .min(0, "must be 0 or more")
  .max(365, "must be 365 or less");

export const scenarioSchema = z
  .object({
    shop: z
      .object({
        timezone: z
          .string()
          .refine(isTimeZone, "must be an IANA time zone such as UTC or America/New_York")
          .default("UTC"),
      })
      .default({ timezone: "UTC" }),
    policy: z
      .object({
        retentionWindowDays: days.default(3),
        earlyRenewalDays: days.default(14),
        customQuoteRateCents: z
          .number()
          .int("must be a whole number of cents")
          .min(1, "must be 1 or more")
          .max(1_000_000, "must be 1000000 ($10,000 an hour) or less")
          .default(DEFAULT_QUOTE_POLICY.customQuoteRateCents),
        overrunTolerancePercent: z
          .number()
          .int("must be a whole percentage")
          .min(0, "must be 0 or more")
          .max(1_000, "must be 1000 or less")
          .nullable()
          .default(DEFAULT_QUOTE_POLICY.overrunTolerancePercent),
      })
      .prefault({}),
    events: z.array(event),
    until: instant,
  })
  .superRefine((scenario, ctx) => {
    let previous = -Infinity;
    scenario.events.forEach((e, index) => {
      const t = Date.parse(e.at);
      if (t < previous)
        ctx.addIssue({
          code: "custom",
          path: ["events", index, "at"],
          message: "must not be before the previous event's at (events are in time order)",
        });
      previous = t;
    });
    if (!isTimeZone(scenario.shop.timezone)) {
      ctx.addIssue({
        code: "custom",
        path: ["shop", "timezone"],
        message: "must be an IANA time zone such as UTC or America/New_York",
      });
    }
  });

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioEvent = Scenario["events"][number];

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Parses a scenario document; throws an Error naming each bad field (e.g. `events[2].at`). */
export function parseScenario(json: unknown): Scenario {
  const result = scenarioSchema.safeParse(json);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${fieldName(issue.path)}: ${issue.message}`);
  throw new Error(`Invalid scenario:\n${lines.join("\n")}`);
}

function fieldName(path: PropertyKey[]): string {
  return (
    path.reduce<string>(
      (name, part) =>
        typeof part === "number" ? `${name}[${part}]` : name ? `${name}.${String(part)}` : String(part),
      "",
    ) || "(document)"
  );
}
