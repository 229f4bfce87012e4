import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { checkLedger } from "~/services/ledger/check.sql.server";
import {
  approveQuote,
  cancelQuote,
  completeQuote,
  createQuote,
  declineQuote,
} from "~/services/quotes/commands.server";
import { approvedQuote, buyPack, createShop, packRow } from "../../support/factories";

async function snapshot(shopId: string) {
  const [packs, entries, quotes] = await Promise.all([
    prisma.pack.findMany({ where: { shopId }, orderBy: { id: "asc" } }),
    prisma.ledgerEntry.count({ where: { shopId } }),
    prisma.quote.findMany({ where: { shopId }, orderBy: { id: "asc" } }),
  ]);
  return { packs, entries, quotes };
}

describe("quotes", () => {
  test("an estimate in hours must be whole minutes, naming the value", async () => {
    const shop = await createShop();
    const result = await createQuote(
      { shopId: shop.id, title: "Fix", estimate: { hours: 1.33 } },
      new Date(),
    );
    expect(result).toMatchObject({ ok: false, code: "invalid_hours" });
    expect(result.ok || result.message).toContain("1.33");
    expect(await prisma.quote.count({ where: { shopId: shop.id } })).toBe(0);
  });

  test("approval holds the estimate; short hours are refused with the missing amount and nothing changes", async () => {
    const shop = await createShop();
    const pack = await buyPack(shop.id, "10h", "2024-06-01T12:00:00Z");
    await approvedQuote(shop.id, 8, "2024-06-02T12:00:00Z");
    expect(await packRow(pack)).toMatchObject({ heldOwn: 480, ownRemaining: 600 });

    const big = await createQuote(
      { shopId: shop.id, title: "Big", estimate: { hours: 4 } },
      new Date("2024-06-03T12:00:00Z"),
    );
    const before = await snapshot(shop.id);
    const refused = await approveQuote(shop.id, big.ok ? big.quote.id : "", new Date("2024-06-03T12:00:00Z"));
    expect(refused).toMatchObject({
      ok: false,
      code: "insufficient_hours",
      missingMinutes: 120,
      availableMinutes: 120,
    });
    expect(refused.ok || refused.message).toBe("Needs 4 h, 2 h available. Buy a pack or lower the estimate.");
    expect(await snapshot(shop.id)).toEqual(before);
  });

  test("completion charges the actual time: held first, then available, and releases the rest", async () => {
    const shop = await createShop();
    const pack = await buyPack(shop.id, "10h", "2024-06-01T12:00:00Z");
    const quote = await approvedQuote(shop.id, 4, "2024-06-02T12:00:00Z");
    const done = await completeQuote(shop.id, quote, { hours: 5.5 }, new Date("2024-06-05T12:00:00Z"));
    expect(done).toMatchObject({ ok: true, quote: { status: "completed", actualMinutes: 330 } });
    expect(await packRow(pack)).toMatchObject({ heldOwn: 0, usedOwn: 330, ownRemaining: 270 });
    expect(await checkLedger(shop.id)).toEqual([]);
  });

  test("a completion the packs cannot cover is refused and changes nothing", async () => {
    const shop = await createShop();
    await buyPack(shop.id, "10h", "2024-06-01T12:00:00Z");
    const quote = await approvedQuote(shop.id, 8, "2024-06-02T12:00:00Z");
    const before = await snapshot(shop.id);
    const refused = await completeQuote(shop.id, quote, { hours: 11 }, new Date("2024-06-05T12:00:00Z"));
    expect(refused).toMatchObject({ ok: false, code: "insufficient_hours", missingMinutes: 60 });
    expect(await snapshot(shop.id)).toEqual(before);
  });

  test("decline is for pending quotes, cancel releases an approved quote's hold", async () => {
    const shop = await createShop();
    const pack = await buyPack(shop.id, "25h", "2024-06-01T12:00:00Z");
    const quote = await approvedQuote(shop.id, 3, "2024-06-02T12:00:00Z");
    const declined = await declineQuote(shop.id, quote, new Date("2024-06-03T12:00:00Z"), "too expensive");
    expect(declined).toMatchObject({ ok: false, code: "invalid_state" });
    expect(declined.ok || declined.message).toContain("only pending quotes can be declined");
    expect(await cancelQuote(shop.id, quote, new Date("2024-06-03T12:00:00Z"))).toMatchObject({
      ok: true,
      quote: { status: "cancelled" },
    });
    expect(await packRow(pack)).toMatchObject({ heldOwn: 0, ownRemaining: 1500 });
    expect(await completeQuote(shop.id, quote, { hours: 1 }, new Date("2024-06-04T12:00:00Z"))).toMatchObject(
      {
        ok: false,
        code: "invalid_state",
      },
    );
  });

  test("a declined quote keeps its reason", async () => {
    const shop = await createShop();
    const created = await createQuote(
      { shopId: shop.id, title: "Logo", estimate: { minutes: 90 } },
      new Date(),
    );
    const quoteId = created.ok ? created.quote.id : "";
    expect(await declineQuote(shop.id, quoteId, new Date(), "  not now ")).toMatchObject({
      ok: true,
      quote: { status: "declined", declineReason: "not now" },
    });
  });

  test("another shop's quote is not found, and nothing of it changes", async () => {
    const [mine, theirs] = [await createShop(), await createShop()];
    await buyPack(theirs.id, "25h", "2024-06-01T12:00:00Z");
    await buyPack(mine.id, "25h", "2024-06-01T12:00:00Z");
    const created = await createQuote(
      { shopId: theirs.id, title: "Theirs", estimate: { hours: 2 } },
      new Date("2024-06-02T00:00:00Z"),
    );
    const theirQuote = created.ok ? created.quote.id : "";
    const at = new Date("2024-06-02T12:00:00Z");
    for (const attempt of [
      approveQuote(mine.id, theirQuote, at),
      declineQuote(mine.id, theirQuote, at),
      cancelQuote(mine.id, theirQuote, at),
    ]) {
      expect(await attempt).toMatchObject({ ok: false, code: "not_found" });
    }
    expect(await approveQuote(mine.id, "not-a-uuid", at)).toMatchObject({ ok: false, code: "not_found" });
    expect((await prisma.quote.findUniqueOrThrow({ where: { id: theirQuote } })).status).toBe("pending");
  });
});

describe("races", () => {
  test("two approvals racing for the last hours: exactly one wins", async () => {
    const shop = await createShop();
    const pack = await buyPack(shop.id, "10h", "2024-06-01T12:00:00Z");
    const at = new Date("2024-06-02T12:00:00Z");
    const quotes = await Promise.all(
      [1, 2].map(async () => {
        const created = await createQuote({ shopId: shop.id, title: "Race", estimate: { hours: 6 } }, at);
        return created.ok ? created.quote.id : "";
      }),
    );
    const results = await Promise.all(quotes.map((id) => approveQuote(shop.id, id, at)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === "insufficient_hours")).toHaveLength(1);
    expect(await packRow(pack)).toMatchObject({ heldOwn: 360 });
    expect(await checkLedger(shop.id)).toEqual([]);
  });

  test("eight approvals racing on one shop never hold more than it has", async () => {
    const shop = await createShop();
    const pack = await buyPack(shop.id, "25h", "2024-06-01T12:00:00Z");
    const at = new Date("2024-06-02T12:00:00Z");
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) {
      const created = await createQuote({ shopId: shop.id, title: `Q${i}`, estimate: { hours: 4 } }, at);
      ids.push(created.ok ? created.quote.id : "");
    }
    const results = await Promise.all(ids.map((id) => approveQuote(shop.id, id, at)));
    expect(results.filter((r) => r.ok)).toHaveLength(6); // 6 x 4 h of 25 h
    expect(await packRow(pack)).toMatchObject({ heldOwn: 1440 });
  });
});
