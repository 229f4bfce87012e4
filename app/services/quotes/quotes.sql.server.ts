// The quotes' raw SQL (docs/decisions/083): run inside the ledger's transactions, on the `Sql`
// of app/lib/sql.server.ts.
import type { Quote } from "@prisma/client";
import { DEFAULT_QUOTE_POLICY, type QuotePolicy } from "../../ledger";
import type { Sql } from "../../lib/sql.server";
import type { QuoteFields } from "./change.server";
import { COMPANY } from "./policy.server";

/** The shop's quote `quoteId`, or null when the shop has no such quote. */
export async function quoteInShop(sql: Sql, shopId: string, quoteId: string): Promise<Quote | null> {
  const [quote] = await sql.query<Quote>(
    `SELECT * FROM "Quote" WHERE id = $1::uuid AND "shopId" = $2::uuid`,
    [quoteId, shopId],
  );
  return quote ?? null;
}

const QUOTE_FIELDS = [
  "status",
  "paidWith",
  "priceCents",
  "paidAt",
  "paymentId",
  "approvedAt",
  "closedAt",
  "actualMinutes",
  "chargedMinutes",
  "completionNote",
  "submittedAt",
  "declineReason",
  "disputeReason",
  "disputedAt",
  "resolutionReason",
  "resolvedById",
  "withdrawnAt",
] as const satisfies readonly (keyof QuoteFields)[];

/** Writes the fields `data` sets on `quote` and returns the row as stored. */
export async function updateQuote(sql: Sql, quote: Quote, data: QuoteFields): Promise<Quote> {
  const fields = QUOTE_FIELDS.filter((field) => data[field] !== undefined);
  const [updated] = await sql.query<Quote>(
    `UPDATE "Quote" SET ${fields.map((f, i) => `"${f}" = $${i + 3}`).join(", ")}
      WHERE id = $1::uuid AND "shopId" = $2::uuid RETURNING *`,
    [quote.id, quote.shopId, ...fields.map((f) => data[f])],
  );
  if (!updated) throw new Error(`Quote ${quote.id} vanished inside its own transaction`);
  return updated;
}

/**
 * A shop's quote policy: the merchant's overrun tolerance (Settings) and the custom-quote rate
 * (the shop's own, which only the simulator sets, else the company's, else $95/h).
 */
export async function quotePolicyOf(sql: Sql, shopId: string): Promise<QuotePolicy> {
  const [row] = await sql.query<{ tolerance: number | null; rate: number }>(
    `SELECT s."overrunTolerancePercent" AS tolerance,
            COALESCE(s."customQuoteRateCents", c."customQuoteRateCents", $2::int) AS rate
       FROM "Shop" s LEFT JOIN "CompanySettings" c ON c.id = $3
      WHERE s.id = $1::uuid`,
    [shopId, DEFAULT_QUOTE_POLICY.customQuoteRateCents, COMPANY],
  );
  if (!row) throw new Error(`Shop ${shopId} has no quote policy: it does not exist`);
  return { overrunTolerancePercent: row.tolerance, customQuoteRateCents: row.rate };
}

/** Records a quote paid at once (no Shopify): its purchase, ACTIVE from the start. */
export async function insertPaidAtOncePurchase(
  sql: Sql,
  p: {
    shopId: string;
    purchaseId: string;
    quoteId: string;
    estimateMinutes: number;
    priceCents: number;
    at: Date;
  },
): Promise<void> {
  await sql.execute(
    `INSERT INTO "AppPurchase" (id, "shopId", "shopifyPurchaseId", "quoteId", "estimateMinutes", "priceCents",
                                "currencyCode", test, status, "purchasedAt", "resolvedAt", "updatedAt")
     VALUES ($1::uuid, $2::uuid, $3, $4::uuid, $5, $6, 'USD', true, 'ACTIVE', $7, $7, $7)`,
    [
      p.purchaseId,
      p.shopId,
      `paid-at-once:${p.purchaseId}`,
      p.quoteId,
      p.estimateMinutes,
      p.priceCents,
      p.at,
    ],
  );
}

/** Records a custom quote's settlement and returns what its emails need. */
export function insertQuoteSettlement(
  sql: Sql,
  quote: Quote,
  settlement: { basis: string; minutes: number },
  at: Date,
) {
  return sql.query<{ id: string; shopId: string; developerId: string | null }>(
    `INSERT INTO "Settlement" (id, "shopId", "quoteId", "developerId", basis, minutes, "settledAt")
     VALUES (gen_random_uuid(), $1::uuid, $2::uuid, $3::uuid, $4, $5, $6)
     RETURNING id::text, "shopId"::text, "developerId"::text`,
    [quote.shopId, quote.id, quote.developerId, settlement.basis, settlement.minutes, at],
  );
}
