import type { Quote } from "@prisma/client";
import { isUuid } from "./ids";
import { applyPlan, type EntryPlan, type HoldPart, type PackState } from "../../ledger";
import { pendingPurchaseInstants } from "./held-open.server";
import { loadHoldParts, loadPacksOfShops } from "./packs-store.server";
import { writeChanges } from "./persist.server";
import { fail, type ServiceFailure, type ServiceResult } from "./result";
import { shopContext, type ShopContext } from "./shop-context.server";
import { planTimeFor } from "./time.server";
import { inShopTransaction } from "./transaction.server";

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
  return inShopTransaction(shopId, async (tx) => {
    const [quote] = await tx.$queryRaw<Quote[]>`
      SELECT * FROM "Quote" WHERE id = ${quoteId}::uuid AND "shopId" = ${shopId}::uuid`;
    if (!quote) return notFound();
    if (!change.allowed.includes(quote.status as QuoteStatus)) {
      return fail(
        "invalid_state",
        `This quote is ${quote.status}; only ${change.allowed.join(" or ")} quotes can be ${change.verb}.`,
      );
    }
    const shop = await shopContext(tx, shopId);
    if (!shop) return notFound();
    // One connection serves the transaction: these run one after the other either way.
    const packs = (await loadPacksOfShops(tx, [shopId])).get(shopId) ?? [];
    const pending = (await pendingPurchaseInstants(tx, [shopId], at)).get(shopId);
    const holds = change.needsHolds ? await loadHoldParts(tx, shopId, quoteId) : [];
    const before = planTimeFor(shop, packs, at, pending);
    const { plan, data } = step(quote, [...before.after], holds, shop);
    if (plan && !plan.ok) return failureOf(plan);
    if (plan) {
      const changed = applyPlan(before.after, plan);
      const after = planTimeFor(shop, changed, at, pending);
      await writeChanges(tx, [
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
    const updated = await tx.quote.update({ where: { id: quote.id }, data });
    return { ok: true, quote: updated };
  });
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
