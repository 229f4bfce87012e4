// One store with `packs` 75 h packs and `quotes` quotes, written with set-based SQL in valid ledger
// states (npm run bench:pages): every pack bought within the last 80 days (none expired yet), each
// quote completed (hold, release and usage of 30 min on one pack), cancelled (hold and release),
// declined or pending; each pack's balance columns are the sums of its entries.
import type { PrismaClient } from "@prisma/client";

export interface SeededStore {
  shopId: string;
  domain: string;
  /** The pack with the most entries: its statement is the longest. */
  busiestPackId: string;
}

export async function seedStore(
  db: PrismaClient,
  name: string,
  counts: { quotes: number; packs: number },
): Promise<SeededStore> {
  const domain = `${name}.myshopify.com`;
  const shop = await db.shop.create({ data: { domain, timezone: "America/New_York" } });
  // The offline session an install leaves: authenticate.admin then needs no token exchange.
  await db.session.create({
    data: {
      id: `offline_${domain}`,
      shop: domain,
      state: "",
      isOnline: false,
      scope: "",
      accessToken: "bench",
    },
  });
  const { packs, quotes } = counts;
  await db.$executeRawUnsafe(`
    INSERT INTO "Pack" (id, "shopId", tier, "ownMinutes", "priceCents", "currencyCode", "paidAt", "expiresAt",
                        source, "shopifyPurchaseId", "ownRemaining")
    SELECT gen_random_uuid(), '${shop.id}', '75h', 4500, 600000, 'USD', paid,
           (date_trunc('day', paid AT TIME ZONE 'America/New_York') + interval '3 months') AT TIME ZONE 'America/New_York',
           'shopify', '${name}-' || g, 4500
      FROM generate_series(1, ${packs}) g
     CROSS JOIN LATERAL (SELECT now() - interval '80 days' + (g - 1) * (interval '79 days' / ${packs}) AS paid) p`);
  await db.$executeRawUnsafe(`
    INSERT INTO "LedgerEntry" ("shopId", "packId", kind, own, carried, at)
    SELECT "shopId", id, 'purchase', 4500, 0, "paidAt" FROM "Pack" WHERE "shopId" = '${shop.id}' ORDER BY "paidAt"`);
  // Six in ten quotes completed, one cancelled, two declined, one pending; newest last.
  await db.$executeRawUnsafe(`
    INSERT INTO "Quote" (id, "shopId", title, "estimateMinutes", status, "paidWith", "actualMinutes", "chargedMinutes",
                         "createdAt", "approvedAt", "closedAt")
    SELECT gen_random_uuid(), '${shop.id}', 'Task ' || g, 30, s.status,
           CASE WHEN s.status IN ('completed', 'cancelled') THEN 'hours' END,
           CASE WHEN s.status = 'completed' THEN 30 END, CASE WHEN s.status = 'completed' THEN 30 END,
           at, CASE WHEN s.status IN ('completed', 'cancelled') THEN at + interval '1 minute' END,
           CASE WHEN s.status <> 'pending' THEN at + interval '2 minutes' END
      FROM generate_series(1, ${quotes}) g
     CROSS JOIN LATERAL (SELECT now() - interval '79 days' + g * (interval '78 days' / ${quotes}) AS at) t
     CROSS JOIN LATERAL (SELECT CASE WHEN g % 10 < 6 THEN 'completed' WHEN g % 10 = 6 THEN 'cancelled'
                                     WHEN g % 10 < 9 THEN 'declined' ELSE 'pending' END AS status) s`);
  // Each approved quote held on, and was charged to, the newest pack bought before its approval.
  await db.$executeRawUnsafe(`
    INSERT INTO "LedgerEntry" ("shopId", "packId", kind, own, carried, "quoteId", at)
    SELECT q."shopId", p.id, k.kind, 30, 0, q.id, q."approvedAt" + (k.step - 1) * interval '1 minute'
      FROM "Quote" q
     CROSS JOIN LATERAL (SELECT id FROM "Pack" WHERE "shopId" = q."shopId"
                          ORDER BY ("paidAt" <= q."approvedAt") DESC, CASE WHEN "paidAt" <= q."approvedAt" THEN "paidAt" END DESC NULLS LAST, "paidAt"
                          LIMIT 1) p
     CROSS JOIN (VALUES ('hold', 1), ('release', 2), ('usage', 3)) AS k(kind, step)
     WHERE q."shopId" = '${shop.id}' AND q."paidWith" = 'hours'
       AND (q.status = 'completed' OR k.kind <> 'usage')
     ORDER BY q."approvedAt", k.step`);
  await db.$executeRawUnsafe(`
    UPDATE "Pack" p SET "usedOwn" = u.used, "ownRemaining" = p."ownMinutes" - u.used
      FROM (SELECT "packId", SUM(own)::int AS used FROM "LedgerEntry"
             WHERE "shopId" = '${shop.id}' AND kind = 'usage' GROUP BY "packId") u
     WHERE p.id = u."packId"`);
  await db.$executeRawUnsafe(`ANALYZE "Shop", "Pack", "Quote", "LedgerEntry"`);
  const [busiest] = await db.$queryRawUnsafe<{ packId: string }[]>(`
    SELECT "packId"::text AS "packId" FROM "LedgerEntry" WHERE "shopId" = '${shop.id}'
     GROUP BY "packId" ORDER BY COUNT(*) DESC LIMIT 1`);
  return { shopId: shop.id, domain, busiestPackId: busiest!.packId };
}
