import { randomUUID } from "node:crypto";
import { applyPlan, findTier, planPurchase, type EntryDraft, type PackState, type Tier } from "../../ledger";
import { balancesOf, findPurchasedPack, insertPackRow } from "./packs.sql.server";
import { appendEntries } from "./persist.sql.server";
import { shopContext, type ShopContext } from "./shop-context.sql.server";
import { applyTimeInTx } from "./time.server";
import { queuePurchaseEmail } from "../email/triggers.server";
import { inLedgerTransaction, ledgerSql, type Sql } from "../../lib/sql.server";
import { fail, type Result } from "../../lib/result";

export interface CreditPurchaseInput {
  shopId: string;
  /** The AppPurchaseOneTime gid: crediting the same purchase again is a no-op. */
  shopifyPurchaseId: string;
  tier: string;
  paidAt: Date;
  developerId?: string | null;
  /** The price actually charged, when it differs from the catalog's (cents). */
  priceCents?: number;
}

type Credited = Result<{ packId: string; created: boolean }>;

/**
 * Credits a paid purchase as a new pack, once: a repeat (or a concurrent duplicate) returns the
 * pack the first call created. Time is applied as of the payment, so a qualifying renewal
 * receives its carry-over at once.
 */
export async function creditPurchase(input: CreditPurchaseInput): Promise<Credited> {
  const tier = findTier(input.tier);
  if (!tier)
    return fail("unknown_pack_tier", `Unknown pack "${input.tier}". Choose one of 10h, 25h, 50h, 75h.`);
  try {
    return await inLedgerTransaction([input.shopId], (sql) => creditPurchaseInTx(sql, input));
  } catch (error) {
    // The unique key is the last line of defence against a duplicate credit.
    if (!isUniqueViolation(error)) throw error;
    const packId = await findPurchasedPack(ledgerSql(), input.shopId, input.shopifyPurchaseId);
    if (!packId) throw error;
    return { ok: true, packId, created: false };
  }
}

/**
 * creditPurchase inside the caller's shop transaction (see inShopTransaction), so that a caller
 * can record its own effect (a purchase's status, a webhook's event id) atomically with the credit.
 */
export async function creditPurchaseInTx(sql: Sql, input: CreditPurchaseInput): Promise<Credited> {
  const tier = findTier(input.tier);
  if (!tier)
    return fail("unknown_pack_tier", `Unknown pack "${input.tier}". Choose one of 10h, 25h, 50h, 75h.`);
  const existing = await findPurchasedPack(sql, input.shopId, input.shopifyPurchaseId);
  if (existing) return { ok: true, packId: existing, created: false };
  const shop = await shopContext(sql, input.shopId);
  if (!shop) return fail("not_found", "This shop is not installed. Reinstall the app, then try again.");
  const packId = await insertPack(sql, shop, tier, input, "shopify");
  await queuePurchaseEmail(sql, shop.id, packId);
  return { ok: true, packId, created: true };
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "23505" || code === "P2002" || /23505|duplicate key/.test(String(error));
}

export interface ImportLegacyInput {
  shopId: string;
  tier: string;
  /** The original payment date: packs paid before 2024-01-01 never expire. */
  paidAt: Date;
  /** Minutes already used before the import (recorded as usage). */
  usedMinutes?: number;
  developerId?: string | null;
  /** A stable key from the old system, so that an import can be re-run safely. */
  reference: string;
}

/** Imports a pack bought before this app with its original payment date, once per reference. */
export async function importLegacyPack(input: ImportLegacyInput, at: Date): Promise<Credited> {
  const tier = findTier(input.tier);
  if (!tier)
    return fail("unknown_pack_tier", `Unknown pack "${input.tier}". Choose one of 10h, 25h, 50h, 75h.`);
  const used = input.usedMinutes ?? 0;
  if (!Number.isInteger(used) || used < 0 || used > tier.minutes) {
    return fail(
      "invalid_hours",
      `usedMinutes must be a whole number from 0 to ${tier.minutes} for a ${tier.id} pack.`,
    );
  }
  if (input.paidAt > at)
    return fail("invalid_input", "paidAt is in the future. Use the original payment date.");
  const key = `import:${input.reference}`;
  return inLedgerTransaction([input.shopId], async (sql) => {
    const existing = await findPurchasedPack(sql, input.shopId, key);
    if (existing) return { ok: true as const, packId: existing, created: false };
    const shop = await shopContext(sql, input.shopId);
    if (!shop) return fail("not_found", "Unknown shop: install the app for it first.");
    const packId = await insertPack(sql, shop, tier, { ...input, shopifyPurchaseId: key }, "import", used);
    await applyTimeInTx(sql, shop, at);
    return { ok: true as const, packId, created: true };
  });
}

async function insertPack(
  sql: Sql,
  shop: ShopContext,
  tier: Tier,
  input: Omit<CreditPurchaseInput, "tier">,
  source: "shopify" | "import",
  usedMinutes = 0,
): Promise<string> {
  const id = randomUUID();
  const planned = planPurchase({ id, tier, paidAt: input.paidAt, timeZone: shop.timeZone });
  const entries: EntryDraft[] = [...planned.entries];
  if (usedMinutes > 0) entries.push({ packId: id, kind: "usage", own: usedMinutes, carried: 0 });
  // The row is born with the balances its first entries give it (the CHECK constraint demands it).
  const [pack] = applyPlan([planned.pack], { entries: entries.slice(1) });
  const row: Record<string, unknown> = {
    ...balancesOf(pack as PackState),
    id,
    shopId: shop.id,
    tier: tier.id,
    ownMinutes: tier.minutes,
    priceCents: input.priceCents ?? tier.priceCents,
    currencyCode: tier.currencyCode,
    paidAt: input.paidAt,
    expiresAt: planned.pack.expiresAt,
    source,
    shopifyPurchaseId: input.shopifyPurchaseId,
    developerId: input.developerId ?? null,
  };
  await insertPackRow(sql, row);
  const note = source === "import" ? "imported" : null;
  await appendEntries(
    sql,
    shop.id,
    entries.map((entry) => ({ ...entry, at: input.paidAt, note })),
  );
  // Time as of the payment: a renewal inside a retention window receives its carry-over now.
  if (source === "shopify") await applyTimeInTx(sql, shop, input.paidAt);
  return id;
}
