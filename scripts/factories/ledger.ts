// Factories shared by the tests (test/support/) and the preview's demo data (scripts/preview/):
// rows made through the real services wherever a rule applies. Never imported by app/.
import { randomUUID } from "node:crypto";
import prisma from "~/db.server";
import { creditPurchase } from "~/services/ledger/purchases.server";
import {
  approveQuote,
  cancelQuote,
  completeQuote,
  createQuote,
  declineQuote,
} from "~/services/quotes/commands.server";
import { payQuoteAtOnce } from "~/services/quotes/custom.server";
import { disputeOverrun } from "~/services/quotes/overruns.server";

/** A recorded shop (installed at `installedAt`, default now). */
export function createShop(options: {
  domain: string;
  timezone?: string;
  retentionWindowDays?: number;
  earlyRenewalDays?: number;
  installedAt?: Date;
  /** The shop's email from Shopify (merchant emails go there). */
  contactEmail?: string;
}) {
  return prisma.shop.create({ data: { ...options, timezone: options.timezone ?? "UTC" } });
}

/** A credited pack of `tier` paid at `paidAt`, optionally sold by a developer; returns its id. */
export async function buyPack(
  shopId: string,
  tier: string,
  paidAt: Date,
  options: { developerId?: string | null; purchaseId?: string } = {},
) {
  const result = await creditPurchase({
    shopId,
    shopifyPurchaseId: `gid://shopify/AppPurchaseOneTime/${options.purchaseId ?? randomUUID()}`,
    tier,
    paidAt,
    developerId: options.developerId ?? null,
  });
  if (!result.ok) throw new Error(result.message);
  return result.packId;
}

export type QuoteOutcome =
  "pending" | "approved" | "declined" | "cancelled" | "completed" | "awaiting_approval" | "disputed";

export interface QuoteSpec {
  title?: string;
  description?: string;
  developerId?: string | null;
  estimateMinutes: number;
  /** When it was written; approval, decline or cancellation happen then too unless given. */
  at: Date;
  outcome: QuoteOutcome;
  /** Approved against hours (default), or paid outright as a custom quote. */
  paidWith?: "hours" | "money";
  /**
   * For completed quotes (and overruns): the actual minutes and when (default: estimate, at `at`).
   * An overrun needs the shop's overrun tolerance set and an actual above it.
   */
  actualMinutes?: number;
  closedAt?: Date;
  declineReason?: string;
  disputeReason?: string;
  completionNote?: string;
}

/** A quote brought to `outcome` through the real services; returns its id. */
export async function quoteIn(shopId: string, spec: QuoteSpec): Promise<string> {
  const created = await createQuote(
    {
      shopId,
      developerId: spec.developerId ?? null,
      title: spec.title ?? "Fix the theme",
      description: spec.description,
      estimate: { minutes: spec.estimateMinutes },
    },
    spec.at,
  );
  if (!created.ok) throw new Error(created.message);
  const id = created.quote.id;
  const closedAt = spec.closedAt ?? spec.at;
  const accept = () =>
    spec.paidWith === "money" ? payQuoteAtOnce(shopId, id, spec.at) : approveQuote(shopId, id, spec.at);
  const complete = async (status: string) => {
    await check(accept());
    const actual = { minutes: spec.actualMinutes ?? spec.estimateMinutes };
    const done = await completeQuote(shopId, id, actual, closedAt, spec.completionNote);
    if (done.ok && done.quote.status !== status)
      throw new Error(`Quote completed as ${done.quote.status}, not ${status}: check the overrun tolerance`);
    return done;
  };
  const steps: Record<QuoteOutcome, () => Promise<{ ok: boolean; message?: string } | null>> = {
    pending: async () => null,
    declined: () => declineQuote(shopId, id, closedAt, spec.declineReason),
    approved: accept,
    cancelled: async () => (await check(accept()), cancelQuote(shopId, id, closedAt)),
    completed: () => complete("completed"),
    awaiting_approval: () => complete("awaiting_approval"),
    disputed: async () => (
      await check(complete("awaiting_approval")),
      disputeOverrun(shopId, id, spec.disputeReason ?? "More than agreed.", closedAt)
    ),
  };
  await check(steps[spec.outcome]());
  return id;
}

async function check(step: Promise<{ ok: boolean; message?: string } | null>) {
  const result = await step;
  if (result && !result.ok) throw new Error(result.message);
}
