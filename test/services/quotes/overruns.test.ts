import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { checkLedger } from "~/services/ledger/check.sql.server";
import { packStatement } from "~/services/ledger/statement.server";
import { applyTime } from "~/services/ledger/time.server";
import { cancelQuote, completeQuote, declineQuote, withdrawQuote } from "~/services/quotes/commands.server";
import { approveOverrun, disputeOverrun, resolveDispute } from "~/services/quotes/overruns.server";
import { setOverrunTolerance } from "~/services/quotes/policy.server";
import { approvedQuote, buyPack, createShop, packRow } from "../../support/factories";

const at = (iso: string) => new Date(iso);

/** A shop with a 10 h pack, the tolerance given, and a 4 h quote approved against it. */
async function overrunShop(tolerance: number | null) {
  const shop = await createShop();
  const pack = await buyPack(shop.id, "10h", "2024-06-01T12:00:00Z");
  if (tolerance !== null) await setOverrunTolerance(shop.id, tolerance);
  const quote = await approvedQuote(shop.id, 4, "2024-06-02T12:00:00Z");
  return { shop, pack, quote };
}

async function snapshot(shopId: string) {
  const [packs, entries, quotes] = await Promise.all([
    prisma.pack.findMany({ where: { shopId }, orderBy: { id: "asc" } }),
    prisma.ledgerEntry.count({ where: { shopId } }),
    prisma.quote.findMany({ where: { shopId }, orderBy: { id: "asc" } }),
  ]);
  return { packs, entries, quotes };
}

describe("overrun approval", () => {
  test("off by default: any actual is charged as the seed says", async () => {
    const { shop, pack, quote } = await overrunShop(null);
    expect(
      (await prisma.shop.findUniqueOrThrow({ where: { id: shop.id } })).overrunTolerancePercent,
    ).toBeNull();
    const done = await completeQuote(shop.id, quote, { hours: 9 }, at("2024-06-05T12:00:00Z"));
    expect(done).toMatchObject({ ok: true, quote: { status: "completed", chargedMinutes: 540 } });
    expect(await packRow(pack)).toMatchObject({ usedOwn: 540, heldOwn: 0 });
  });

  test("a completion up to floor(estimate x (100 + t) / 100) is charged at once", async () => {
    const { shop, pack, quote } = await overrunShop(10);
    const done = await completeQuote(shop.id, quote, { minutes: 264 }, at("2024-06-05T12:00:00Z"));
    expect(done).toMatchObject({ ok: true, quote: { status: "completed", chargedMinutes: 264 } });
    expect(await packRow(pack)).toMatchObject({ usedOwn: 264 });
  });

  test("above it, nothing is charged: the quote awaits approval with its hold, the actual and the note", async () => {
    const { shop, pack, quote } = await overrunShop(10);
    const done = await completeQuote(
      shop.id,
      quote,
      { minutes: 265 },
      at("2024-06-05T12:00:00Z"),
      " Theme bug ",
    );
    expect(done).toMatchObject({
      ok: true,
      quote: {
        status: "awaiting_approval",
        actualMinutes: 265,
        chargedMinutes: null,
        completionNote: "Theme bug",
        submittedAt: at("2024-06-05T12:00:00Z"),
      },
    });
    expect(await packRow(pack)).toMatchObject({ usedOwn: 0, heldOwn: 240 });
  });

  test("an awaiting quote accepts only approve-overrun or dispute: complete, cancel, decline, withdraw, resolve are invalid_state", async () => {
    const { shop, quote } = await overrunShop(10);
    await completeQuote(shop.id, quote, { hours: 6 }, at("2024-06-05T12:00:00Z"));
    const before = await snapshot(shop.id);
    const when = at("2024-06-05T13:00:00Z");
    for (const attempt of [
      completeQuote(shop.id, quote, { hours: 4 }, when),
      cancelQuote(shop.id, quote, when),
      declineQuote(shop.id, quote, when),
      withdrawQuote(shop.id, quote, when),
      resolveDispute(quote, { chargedMinutes: 240, reason: "x", adminId: null }, when),
    ])
      expect(await attempt).toMatchObject({ ok: false, code: "invalid_state" });
    expect(await snapshot(shop.id)).toEqual(before);
  });

  test("approving the overrun charges the actual as an ordinary completion", async () => {
    const { shop, pack, quote } = await overrunShop(10);
    await completeQuote(shop.id, quote, { hours: 6 }, at("2024-06-05T12:00:00Z"));
    const approved = await approveOverrun(shop.id, quote, at("2024-06-06T12:00:00Z"));
    expect(approved).toMatchObject({
      ok: true,
      quote: { status: "completed", chargedMinutes: 360, closedAt: at("2024-06-06T12:00:00Z") },
    });
    expect(await packRow(pack)).toMatchObject({ usedOwn: 360, heldOwn: 0, ownRemaining: 240 });
    expect(await checkLedger(shop.id)).toEqual([]);
  });

  test("approving with too few hours says how many are missing and which pack covers them; nothing changes", async () => {
    const { shop, quote } = await overrunShop(10);
    await approvedQuote(shop.id, 5, "2024-06-03T12:00:00Z"); // 1 h left unheld
    await completeQuote(shop.id, quote, { hours: 7 }, at("2024-06-05T12:00:00Z"));
    const before = await snapshot(shop.id);
    const refused = await approveOverrun(shop.id, quote, at("2024-06-06T12:00:00Z"));
    expect(refused).toEqual({
      ok: false,
      code: "insufficient_hours",
      missingMinutes: 120,
      availableMinutes: 60,
      message:
        "Your packs are 2 h short for the extra time (1 h available besides this quote's hold). Buy a 25 h pack, then approve. Nothing was charged.",
    });
    expect(await snapshot(shop.id)).toEqual(before);
  });

  test("the hold outlives the pack's expiry while the merchant decides", async () => {
    const { shop, pack, quote } = await overrunShop(0);
    await completeQuote(shop.id, quote, { hours: 5 }, at("2024-08-30T12:00:00Z"));
    const approved = await approveOverrun(shop.id, quote, at("2024-09-20T12:00:00Z"));
    // Only the held 4 h are left to draw on: the pack expired meanwhile, so the extra hour is missing.
    expect(approved).toMatchObject({ ok: false, code: "insufficient_hours", missingMinutes: 60 });
    await applyTime(shop.id, at("2024-09-20T12:00:00Z"));
    expect(await packRow(pack)).toMatchObject({ heldOwn: 240, expired: 360, settlement: null });
    const disputed = await disputeOverrun(shop.id, quote, "Five hours?", at("2024-09-21T12:00:00Z"));
    expect(disputed).toMatchObject({ ok: true, quote: { status: "disputed" } });
    const resolved = await resolveDispute(
      quote,
      { chargedMinutes: 240, reason: "The estimate stands.", adminId: null },
      at("2024-09-22T12:00:00Z"),
    );
    expect(resolved).toMatchObject({ ok: true, quote: { chargedMinutes: 240 } });
    expect(await packRow(pack)).toMatchObject({
      heldOwn: 0,
      usedOwn: 240,
      expired: 360,
      settlement: { basis: "delivered", minutes: 240 },
    });
  });

  test("an overrun approved twice at once is charged once", async () => {
    const { shop, pack, quote } = await overrunShop(10);
    await completeQuote(shop.id, quote, { hours: 6 }, at("2024-06-05T12:00:00Z"));
    const when = at("2024-06-06T12:00:00Z");
    const results = await Promise.all([
      approveOverrun(shop.id, quote, when),
      approveOverrun(shop.id, quote, when),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === "invalid_state")).toHaveLength(1);
    expect(await packRow(pack)).toMatchObject({ usedOwn: 360, heldOwn: 0 });
    expect(
      await prisma.ledgerEntry.count({ where: { shopId: shop.id, quoteId: quote, kind: "usage" } }),
    ).toBe(1);
  });
});

describe("disputes", () => {
  test("disputing needs a reason and keeps the hold", async () => {
    const { shop, pack, quote } = await overrunShop(10);
    await completeQuote(shop.id, quote, { hours: 6 }, at("2024-06-05T12:00:00Z"));
    const when = at("2024-06-06T12:00:00Z");
    expect(await disputeOverrun(shop.id, quote, "   ", when)).toMatchObject({
      ok: false,
      code: "invalid_input",
      errors: [{ field: "reason" }],
    });
    expect(await disputeOverrun(shop.id, quote, "We agreed on four hours.", when)).toMatchObject({
      ok: true,
      quote: { status: "disputed", disputeReason: "We agreed on four hours.", disputedAt: when },
    });
    expect(await packRow(pack)).toMatchObject({ heldOwn: 240, usedOwn: 0 });
  });

  test("a disputed quote accepts only the company's resolve", async () => {
    const { shop, quote } = await overrunShop(10);
    await completeQuote(shop.id, quote, { hours: 6 }, at("2024-06-05T12:00:00Z"));
    await disputeOverrun(shop.id, quote, "Too much", at("2024-06-06T12:00:00Z"));
    const when = at("2024-06-07T12:00:00Z");
    for (const attempt of [
      approveOverrun(shop.id, quote, when),
      disputeOverrun(shop.id, quote, "again", when),
      completeQuote(shop.id, quote, { hours: 4 }, when),
      cancelQuote(shop.id, quote, when),
      declineQuote(shop.id, quote, when),
    ])
      expect(await attempt).toMatchObject({ ok: false, code: "invalid_state" });
  });

  test("the company resolves with 0.25 h to the actual and a reason, kept on the ledger entries", async () => {
    const { shop, pack, quote } = await overrunShop(10);
    const admin = await prisma.developer.create({
      data: { email: `admin-${quote}@example.com`, name: "Ada Admin", role: "admin" },
    });
    await completeQuote(shop.id, quote, { hours: 6 }, at("2024-06-05T12:00:00Z"));
    await disputeOverrun(shop.id, quote, "Too much", at("2024-06-06T12:00:00Z"));
    const when = at("2024-06-07T12:00:00Z");
    const resolve = (chargedMinutes: number, reason = "Split the difference.") =>
      resolveDispute(quote, { chargedMinutes, reason, adminId: admin.id }, when);
    expect(await resolve(14)).toMatchObject({
      ok: false,
      code: "invalid_hours",
      errors: [{ field: "chargedHours" }],
    });
    expect(await resolve(361)).toMatchObject({ ok: false, code: "invalid_hours" });
    expect(await resolve(300, " ")).toMatchObject({
      ok: false,
      code: "invalid_input",
      errors: [{ field: "reason" }],
    });
    expect(await resolve(300)).toMatchObject({
      ok: true,
      quote: {
        status: "completed",
        chargedMinutes: 300,
        actualMinutes: 360,
        resolutionReason: "Split the difference.",
        resolvedById: admin.id,
      },
    });
    expect(await packRow(pack)).toMatchObject({ usedOwn: 300, heldOwn: 0, ownRemaining: 300 });
    const usage = await prisma.ledgerEntry.findMany({
      where: { shopId: shop.id, quoteId: quote, kind: "usage" },
    });
    expect(usage.map((e) => [e.own, e.note])).toEqual([[300, "Split the difference."]]);
    const statement = await packStatement(shop.id, pack, when);
    expect(statement?.lines.map((line) => line.description)).toContain(
      "5 h charged for quote “Work”, as the company resolved: Split the difference.",
    );
    expect(await resolve(300)).toMatchObject({ ok: false, code: "invalid_state" });
  });

  test("an unknown dispute is not found", async () => {
    const when = at("2024-06-07T12:00:00Z");
    const resolution = { chargedMinutes: 60, reason: "x", adminId: null };
    expect(await resolveDispute("not-a-uuid", resolution, when)).toMatchObject({ code: "not_found" });
    expect(await resolveDispute(crypto.randomUUID(), resolution, when)).toMatchObject({ code: "not_found" });
  });
});
