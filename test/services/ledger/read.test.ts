import { describe, expect, test } from "vitest";
import { adjustPack } from "~/services/ledger/adjustments.server";
import { checkLedger } from "~/services/ledger/check.sql.server";
import { completeQuote } from "~/services/quotes/commands.server";
import { balanceSummary } from "~/services/ledger/read.server";
import { packStatement } from "~/services/ledger/statement.server";
import { approvedQuote, buyPack, createShop, packRow } from "../../support/factories";

describe("balance summary", () => {
  test("shows available and held hours, the next expiry and hours expiring within 30 days", async () => {
    const shop = await createShop();
    const june = await buyPack(shop.id, "10h", "2024-06-01T12:00:00Z");
    await buyPack(shop.id, "25h", "2024-07-01T12:00:00Z");
    await approvedQuote(shop.id, 3, "2024-06-02T12:00:00Z");
    const summary = await balanceSummary(shop.id, new Date("2024-08-10T12:00:00Z"));
    expect(summary).toMatchObject({ availableMinutes: 2100 - 180, heldMinutes: 180 });
    expect(summary?.nextExpiry).toEqual({
      packId: june,
      minutes: 420,
      expiresOn: "2024-08-31",
      daysLeft: 21,
    });
    expect(summary?.expiringSoon).toEqual([
      { packId: june, minutes: 420, expiresOn: "2024-08-31", daysLeft: 21 },
    ]);
  });

  test("reads time as it is, without any sweep: an expired pack shows its open window", async () => {
    const shop = await createShop();
    const june = await buyPack(shop.id, "10h", "2024-06-01T12:00:00Z");
    const summary = await balanceSummary(shop.id, new Date("2024-09-02T08:00:00Z"));
    expect(summary?.openWindows).toEqual([
      { packId: june, minutes: 600, expiredOn: "2024-08-31", buyBy: "2024-09-03" },
    ]);
    expect(summary?.availableMinutes).toBe(0);
    expect(summary?.packs[0]).toMatchObject({ status: "expired", remainingHours: 10 });
  });

  test("is null for an unknown shop", async () => {
    expect(await balanceSummary("00000000-0000-4000-8000-000000000000", new Date())).toBeNull();
  });
});

describe("pack statement", () => {
  test("lists every entry with its description and running balance, then the settlement", async () => {
    const shop = await createShop();
    const june = await buyPack(shop.id, "10h", "2024-06-01T12:00:00Z");
    const quote = await approvedQuote(shop.id, 4, "2024-06-02T12:00:00Z");
    await completeQuote(shop.id, quote, { hours: 8 }, new Date("2024-06-20T12:00:00Z"));
    await buyPack(shop.id, "10h", "2024-09-02T12:00:00Z");
    const statement = await packStatement(shop.id, june, new Date("2024-09-02T12:00:00Z"));
    expect(statement?.pack).toMatchObject({ tier: "10h", expiresOn: "2024-08-31" });
    expect(statement?.lines.map((l) => [l.date, l.description, l.minutes, l.balance, l.heldMinutes])).toEqual(
      [
        ["2024-06-01", "Bought 10 h pack", 600, 600, 0],
        ["2024-06-02", "4 h held for quote “Work”", 0, 600, 240],
        ["2024-06-20", "4 h hold released for quote “Work”", 0, 600, 0],
        ["2024-06-20", "8 h charged for quote “Work”", -480, 120, 0],
        ["2024-09-02", "2 h carried over to the 10h pack paid 2024-09-02", -120, 0, 0],
        ["2024-09-02", "Settled: 10 h (whole pack, carried over)", 0, 0, 0],
      ],
    );
  });

  test("is null for another shop's pack", async () => {
    const [mine, theirs] = [await createShop(), await createShop()];
    const pack = await buyPack(theirs.id, "10h", "2024-06-01T12:00:00Z");
    expect(await packStatement(mine.id, pack, new Date())).toBeNull();
    expect(await packStatement(mine.id, "nonsense", new Date())).toBeNull();
  });
});

describe("company adjustments", () => {
  test("need a reason, move own minutes and show on the statement", async () => {
    const shop = await createShop();
    const pack = await buyPack(shop.id, "10h", "2024-06-01T12:00:00Z");
    const at = new Date("2024-06-05T00:00:00Z");
    expect(await adjustPack({ shopId: shop.id, packId: pack, minutes: 30, reason: " " }, at)).toMatchObject({
      ok: false,
      code: "invalid_input",
    });
    expect(
      await adjustPack({ shopId: shop.id, packId: pack, minutes: 30, reason: "Goodwill for downtime" }, at),
    ).toMatchObject({ ok: true });
    expect(
      await adjustPack({ shopId: shop.id, packId: pack, minutes: -45, reason: "Logged twice" }, at),
    ).toMatchObject({ ok: true });
    expect(await packRow(pack)).toMatchObject({ ownRemaining: 585, adjusted: -15 });
    const lines = (await packStatement(shop.id, pack, at))?.lines.map((l) => l.description);
    expect(lines).toContain("Adjustment of +0.5 h: Goodwill for downtime");
    expect(lines).toContain("Adjustment of −0.75 h: Logged twice");
    expect(await checkLedger(shop.id)).toEqual([]);
  });

  test("cannot take held minutes, nor touch a final pack", async () => {
    const shop = await createShop();
    const pack = await buyPack(shop.id, "10h", "2024-06-01T12:00:00Z");
    await approvedQuote(shop.id, 9, "2024-06-02T12:00:00Z");
    expect(
      await adjustPack(
        { shopId: shop.id, packId: pack, minutes: -61, reason: "Correction" },
        new Date("2024-06-03T00:00:00Z"),
      ),
    ).toMatchObject({ ok: false, code: "invalid_hours" });
    const other = await buyPack(shop.id, "10h", "2024-01-05T12:00:00Z");
    expect(
      await adjustPack(
        { shopId: shop.id, packId: other, minutes: 60, reason: "Too late" },
        new Date("2024-06-03T00:00:00Z"),
      ),
    ).toMatchObject({ ok: false, code: "invalid_state" });
  });
});
