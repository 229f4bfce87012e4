// Bulk seeding for the ledger benchmark: consistent packs and entries written with set-based SQL
// (seeding 100,000 packs through the services would measure the seeding, not the ledger).
import type { PrismaClient } from "@prisma/client";

/** `shops` UTC shops with `packsPerShop` 10 h packs each, paid between Mar 1 and Jun 30 2024, some used. */
export async function seedPacks(db: PrismaClient, prefix: string, shops: number, packsPerShop: number) {
  await db.$executeRawUnsafe(`
    INSERT INTO "Shop" (id, domain, timezone, "updatedAt")
    SELECT gen_random_uuid(), '${prefix}-' || g || '.myshopify.com', 'UTC', now() FROM generate_series(1, ${shops}) g`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Pack" (id, "shopId", tier, "ownMinutes", "priceCents", "currencyCode", "paidAt", "expiresAt", source,
                        "shopifyPurchaseId", "ownRemaining", "usedOwn")
    SELECT gen_random_uuid(), s.id, '10h', 600, 95000, 'USD', paid, date_trunc('day', paid) + interval '3 months',
           'shopify', 'bench-' || s.id || '-' || g, 600 - used, used
      FROM "Shop" s
     CROSS JOIN generate_series(1, ${packsPerShop}) g
     CROSS JOIN LATERAL (SELECT timestamptz '2024-03-01' + (random() * 121 + 0 * g) * interval '1 day' AS paid,
                                (floor(random() * 11 + 0 * g) * 60)::int AS used) r
     WHERE s.domain LIKE '${prefix}-%'`);
  await db.$executeRawUnsafe(`
    INSERT INTO "LedgerEntry" ("shopId", "packId", kind, own, carried, at)
    SELECT p."shopId", p.id, k.kind, CASE WHEN k.kind = 'purchase' THEN 600 ELSE p."usedOwn" END, 0, p."paidAt"
      FROM "Pack" p JOIN "Shop" s ON s.id = p."shopId"
     CROSS JOIN (VALUES ('purchase'), ('usage')) AS k(kind)
     WHERE s.domain LIKE '${prefix}-%' AND (k.kind = 'purchase' OR p."usedOwn" > 0)`);
  // Statistics as autovacuum would have them on a live database, so the planner uses the indexes.
  await db.$executeRawUnsafe(`ANALYZE "Shop", "Pack", "LedgerEntry"`);
  return db.shop.findMany({ where: { domain: { startsWith: `${prefix}-` } }, select: { id: true } });
}

/** Appends `pairs` balanced hold/release pairs to a pack: many entries, unchanged balances. */
export async function seedHistory(db: PrismaClient, shopId: string, packId: string, pairs: number) {
  await db.$executeRawUnsafe(`
    INSERT INTO "LedgerEntry" ("shopId", "packId", kind, own, carried, "quoteId", at)
    SELECT '${shopId}'::uuid, '${packId}'::uuid, k.kind, 15, 0, q, timestamptz '2026-01-01' + g * interval '1 second'
      FROM generate_series(1, ${pairs}) g
     CROSS JOIN LATERAL (SELECT gen_random_uuid() AS q) u
     CROSS JOIN (VALUES ('hold'), ('release')) AS k(kind)`);
  await db.$executeRawUnsafe(`ANALYZE "LedgerEntry"`);
}

/**
 * `shops` UTC shops with one unused 10 h pack each, paid `paidAt` (so all expire together), and
 * the shop's email from Shopify on file: every one has a reminder to email at once.
 */
export async function seedDueReminders(db: PrismaClient, prefix: string, shops: number, paidAt: string) {
  await db.$executeRawUnsafe(`
    INSERT INTO "Shop" (id, domain, timezone, "contactEmail", "updatedAt")
    SELECT gen_random_uuid(), '${prefix}-' || g || '.myshopify.com', 'UTC', 'owner-' || g || '@${prefix}.example', now()
      FROM generate_series(1, ${shops}) g`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Pack" (id, "shopId", tier, "ownMinutes", "priceCents", "currencyCode", "paidAt", "expiresAt", source,
                        "shopifyPurchaseId", "ownRemaining")
    SELECT gen_random_uuid(), s.id, '10h', 600, 95000, 'USD', timestamptz '${paidAt}',
           date_trunc('day', timestamptz '${paidAt}') + interval '3 months', 'shopify', 'bench-' || s.id, 600
      FROM "Shop" s WHERE s.domain LIKE '${prefix}-%'`);
  await db.$executeRawUnsafe(`
    INSERT INTO "LedgerEntry" ("shopId", "packId", kind, own, carried, at)
    SELECT p."shopId", p.id, 'purchase', 600, 0, p."paidAt"
      FROM "Pack" p JOIN "Shop" s ON s.id = p."shopId" WHERE s.domain LIKE '${prefix}-%'`);
  await db.$executeRawUnsafe(`ANALYZE "Shop", "Pack", "LedgerEntry"`);
}
