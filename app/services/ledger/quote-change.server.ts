import type { Quote } from "@prisma/client";
import { isUuid } from "../../lib/ids";
import { applyPlan, type EntryPlan, type HoldPart, type PackState } from "../../ledger";
import { loadHoldParts, loadPacksOfShops } from "./packs-store.server";
import { writeChanges } from "./persist.server";
import { fail, type ServiceFailure, type ServiceResult } from "./result";
import { shopContext, type ShopContext } from "./shop-context.server";
import { pendingPurchaseInstants, planTimeFor } from "./time.server";
import { inLedgerTransaction, type Sql } from "./sql.server";
import { queueQuoteEmail } from "../email/triggers.server";

export type QuoteStatus = "pending" | "approved" | "declined" | "cancelled" | "completed";
export type QuoteChange = ServiceResult<{ quote: Quote }>;

interface Change {
  shopId: string;
  quoteId: string;
  at: Date;
  allowed: QuoteStatus[];
  /** The past participle for the refusal message ("only pending quotes can be approved"). */
  verb: string;
  /** Whether the step needs the quote's open holds. */
  needsHolds?: boolean;
}

/** What a change decides: the ledger plan (null: no minutes move) and the quote's new fields. */
type Step = (
  quote: Quote,
  packs: PackState[],
  holds: HoldPart[],
  shop: ShopContext,
) => {
  plan: EntryPlan | null;
  data: Partial<Pick<Quote, "status" | "approvedAt" | "closedAt" | "actualMinutes" | "declineReason">>;
};

/**
 * Runs one quote change in the shop's transaction: time applied first (in memory), the change,
 * time again (a release or usage can make a settlement final), then everything written at once.
 * On an expected failure nothing is written.
 */
export async function changeQuote(change: Change, step: Step): Promise<QuoteChange> {
  const { shopId, quoteId, at } = change;
  if (!isUuid(quoteId)) return notFound();
  return inLedgerTransaction([shopId], async (sql) => {
    const [quote] = await sql.query<Quote>(
      `SELECT * FROM "Quote" WHERE id = $1::uuid AND "shopId" = $2::uuid`,
      [quoteId, shopId],
    );
    if (!quote) return notFound();
    if (!change.allowed.includes(quote.status as QuoteStatus)) {
      return fail(
        "invalid_state",
        `This quote is ${quote.status}; only ${change.allowed.join(" or ")} quotes can be ${change.verb}.`,
      );
    }
    const shop = await shopContext(sql, shopId);
    if (!shop) return notFound();
    // One connection serves the transaction: these run one after the other either way.
    const packs = (await loadPacksOfShops(sql, [shopId])).get(shopId) ?? [];
    const pending = (await pendingPurchaseInstants(sql, [shopId], at)).get(shopId);
    const holds = change.needsHolds ? await loadHoldParts(sql, shopId, quoteId) : [];
    const before = planTimeFor(shop, packs, at, pending);
    const { plan, data } = step(quote, [...before.after], holds, shop);
    if (plan && !plan.ok) return failureOf(plan);
    if (plan) {
      const changed = applyPlan(before.after, plan);
      const after = planTimeFor(shop, changed, at, pending);
      await writeChanges(sql, [
        {
          shopId,
          before: packs,
          after: after.after,
          entries: [...before.entries, ...plan.entries.map((entry) => ({ ...entry, at })), ...after.entries],
          outcomes: [...before.outcomes, ...after.outcomes],
          carriedInFrom: [...before.carriedInFrom, ...after.carriedInFrom],
          settlements: [...before.settlements, ...after.settlements],
        },
      ]);
    }
    const updated = await updateQuote(sql, quote, data);
    // The developer hears of an approval or a decline, once: this change happens once.
    await queueQuoteEmail(sql, updated);
    return { ok: true, quote: updated };
  });
}

type QuoteFields = ReturnType<Step>["data"];
const QUOTE_FIELDS = ["status", "approvedAt", "closedAt", "actualMinutes", "declineReason"] as const;

async function updateQuote(sql: Sql, quote: Quote, data: QuoteFields): Promise<Quote> {
  const fields = QUOTE_FIELDS.filter((field) => data[field] !== undefined);
  const [updated] = await sql.query<Quote>(
    `UPDATE "Quote" SET ${fields.map((f, i) => `"${f}" = $${i + 2}`).join(", ")} WHERE id = $1::uuid RETURNING *`,
    [quote.id, ...fields.map((f) => data[f])],
  );
  if (!updated) throw new Error(`Quote ${quote.id} vanished inside its own transaction`);
  return updated;
}

function failureOf(plan: Exclude<EntryPlan, { ok: true }>): ServiceFailure {
  if (plan.code === "insufficient_hours") {
    return fail("insufficient_hours", plan.message, {
      missingMinutes: plan.missingMinutes,
      availableMinutes: plan.availableMinutes,
    });
  }
  return fail(plan.code, plan.message);
}

function notFound(): ServiceFailure {
  return fail("not_found", "No such quote in this shop. Check the link, or open the quote from the list.");
}
