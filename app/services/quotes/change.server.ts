import type { Quote } from "@prisma/client";
import { isUuid } from "../../lib/ids";
import {
  applyPlan,
  checkQuoteAction,
  type EntryPlan,
  type Failure,
  type HoldPart,
  type PackState,
  type QuoteAction,
  type QuotePolicy,
  type QuoteStatus,
} from "../../ledger";
import { loadHoldParts, loadPacksOfShops } from "../ledger/packs.sql.server";
import { writeChanges } from "../ledger/persist.sql.server";
import { shopContext, type ShopContext } from "../ledger/shop-context.sql.server";
import { planTimeFor } from "../ledger/time.server";
import { pendingPurchaseInstants } from "../ledger/time.sql.server";
import { inLedgerTransaction, type Sql } from "../../lib/sql.server";
import { queueQuoteEmail } from "../email/triggers.server";
import { fail, type Result } from "../../lib/result";
import { quoteInShop, quotePolicyOf, updateQuote } from "./quotes.sql.server";

export type { QuoteStatus };
export type QuoteChange = Result<{ quote: Quote }>;

interface Change {
  shopId: string;
  quoteId: string;
  at: Date;
  /** What is asked of the quote: the ledger's state rules decide whether its status allows it. */
  action: QuoteAction;
  /** Whether the step needs the quote's open holds. */
  needsHolds?: boolean;
  /** Whether the step needs the shop's quote policy (overrun tolerance, custom-quote rate). */
  needsPolicy?: boolean;
  /** What else happens in the same transaction once the quote is written (settlements, notices). */
  then?: (sql: Sql, quote: Quote) => Promise<void>;
}

/** The quote's columns a change may set. */
export type QuoteFields = Partial<
  Pick<
    Quote,
    | "status"
    | "paidWith"
    | "priceCents"
    | "paidAt"
    | "paymentId"
    | "approvedAt"
    | "closedAt"
    | "actualMinutes"
    | "chargedMinutes"
    | "completionNote"
    | "submittedAt"
    | "declineReason"
    | "disputeReason"
    | "disputedAt"
    | "resolutionReason"
    | "resolvedById"
    | "withdrawnAt"
  >
>;

export interface StepContext {
  packs: PackState[];
  holds: HoldPart[];
  shop: ShopContext;
  /** Loaded when the change asks for it (`needsPolicy`). */
  policy: QuotePolicy | null;
}

/**
 * What a change decides: the ledger plan (null: no minutes move), a note kept on its entries,
 * and the quote's new fields; or an expected failure (nothing is written).
 */
type Step = (
  quote: Quote,
  context: StepContext,
) => { plan: EntryPlan | null; note?: string; data: QuoteFields } | Failure;

/** Runs one quote change in its own transaction holding the shop's ledger lock. */
export function changeQuote(change: Change, step: Step): Promise<QuoteChange> {
  if (!isUuid(change.quoteId)) return Promise.resolve(notFound());
  return inLedgerTransaction([change.shopId], (sql) => changeQuoteInTx(sql, change, step));
}

/**
 * Runs one quote change inside the caller's transaction, which holds the shop's ledger lock: time
 * applied first (in memory), the change, time again (a release or usage can make a settlement
 * final), then everything written at once. On an expected failure nothing is written.
 */
export async function changeQuoteInTx(sql: Sql, change: Change, step: Step): Promise<QuoteChange> {
  const { shopId, quoteId, at } = change;
  if (!isUuid(quoteId)) return notFound();
  const quote = await quoteInShop(sql, shopId, quoteId);
  if (!quote) return notFound();
  const allowed = checkQuoteAction(quote, change.action);
  if (!allowed.ok) return allowed;
  const shop = await shopContext(sql, shopId);
  if (!shop) return notFound();
  // One connection serves the transaction: these run one after the other either way.
  const packs = (await loadPacksOfShops(sql, [shopId])).get(shopId) ?? [];
  const pending = (await pendingPurchaseInstants(sql, [shopId], at)).get(shopId);
  const holds = change.needsHolds ? await loadHoldParts(sql, shopId, quoteId) : [];
  const policy = change.needsPolicy ? await quotePolicyOf(sql, shopId) : null;
  const before = planTimeFor(shop, packs, at, pending);
  const decided = step(quote, { packs: [...before.after], holds, shop, policy });
  if ("ok" in decided) return decided;
  const { plan, note, data } = decided;
  if (plan && !plan.ok) return failureOf(plan);
  if (plan) {
    const changed = applyPlan(before.after, plan);
    const after = planTimeFor(shop, changed, at, pending);
    await writeChanges(sql, [
      {
        shopId,
        before: packs,
        after: after.after,
        entries: [
          ...before.entries,
          ...plan.entries.map((entry) => ({ ...entry, at, note: note ?? null })),
          ...after.entries,
        ],
        outcomes: [...before.outcomes, ...after.outcomes],
        carriedInFrom: [...before.carriedInFrom, ...after.carriedInFrom],
        settlements: [...before.settlements, ...after.settlements],
      },
    ]);
  }
  const updated = await updateQuote(sql, quote, data);
  await change.then?.(sql, updated);
  // The developer hears of an approval or a decline, once: this change happens once.
  await queueQuoteEmail(sql, updated);
  return { ok: true, quote: updated };
}

function failureOf(plan: Exclude<EntryPlan, { ok: true }>): Failure {
  if (plan.code === "insufficient_hours") {
    return fail("insufficient_hours", plan.message, {
      missingMinutes: plan.missingMinutes,
      availableMinutes: plan.availableMinutes,
    });
  }
  return fail(plan.code, plan.message);
}

function notFound(): Failure {
  return fail("not_found", "No such quote in this shop. Check the link, or open the quote from the list.");
}
