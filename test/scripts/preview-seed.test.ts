import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { checkLedger } from "~/services/ledger/check.sql.server";
import { seedDemo } from "../../scripts/preview/seed";

describe("the preview's demo data", () => {
  test("has quotes in every status, a paid custom quote, overruns waiting and a dispute, and a clean ledger", async () => {
    const now = new Date("2026-06-15T17:00:00Z");
    const shop = await seedDemo("demo-seed-test.myshopify.com", now);
    const quotes = await prisma.quote.findMany({ where: { shopId: shop.id } });
    const byTitle = new Map(quotes.map((q) => [q.title, q]));
    expect(new Set(quotes.map((q) => q.status))).toEqual(
      new Set(["pending", "approved", "awaiting_approval", "disputed", "declined", "cancelled", "completed"]),
    );
    expect(byTitle.get("Design a gift card page")).toMatchObject({ status: "completed", paidWith: "money" });
    expect(byTitle.get("Speed up the collection pages")?.status).toBe("awaiting_approval");
    expect(byTitle.get("Connect the shipping app")?.status).toBe("awaiting_approval");
    expect(byTitle.get("Fix the newsletter signup")?.status).toBe("disputed");
    expect(byTitle.get("Set up a French storefront")?.status).toBe("pending");
    // The pack that expired yesterday keeps its 4 unused hours for the open retention window.
    const expired = await prisma.pack.findFirstOrThrow({ where: { shopId: shop.id, tier: "10h" } });
    expect(expired.ownRemaining - expired.heldOwn).toBe(240);
    expect(await checkLedger(shop.id)).toEqual([]);
  });
});
