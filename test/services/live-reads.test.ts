// Every read model shows the ledger as of the instant it is read: what time has made true
// (expiries, carry-overs, settlements) shows between that instant and the sweep that records it,
// the same as after the sweep, and reading writes nothing.
import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { recentActivity } from "~/services/activity.server";
import { listClients } from "~/services/developers/clients.server";
import { createInvoice } from "~/services/developers/invoices.server";
import { monthlyReport } from "~/services/developers/report.server";
import { uninvoicedSettlements } from "~/services/developers/settlements.server";
import { packStatement, type Statement } from "~/services/ledger/statement.server";
import { applyTime } from "~/services/ledger/time.server";
import { statementCsv } from "~/services/statement-csv.server";
import { connect, makeDeveloper } from "../support/portal";
import { buyPack, createShop, workDone } from "../support/factories";

const at = (iso: string) => new Date(iso);
// P's window closed on Sep 4 00:00; no sweep has run since.
const BETWEEN = at("2024-09-10T00:00:00Z");

/** P: 10 h paid Jun 1 2024 (UTC) by the developer, 8 h used: expires Sep 1, window until Sep 4. */
async function shopWithP() {
  const dev = await makeDeveloper({ payoutRateCents: 9_000 });
  const shop = await createShop();
  await connect(shop.id, dev.id);
  const p = await buyPack(shop.id, "10h", at("2024-06-01T12:00:00Z"), dev.id);
  await workDone(
    shop.id,
    { estimate: 480, actual: 480 },
    at("2024-06-02T12:00:00Z"),
    at("2024-06-03T12:00:00Z"),
  );
  return { dev, shop, p };
}

/** Rows a read could have written: entries, outcomes, settlements. */
async function recorded(shopId: string) {
  return {
    entries: await prisma.ledgerEntry.count({ where: { shopId } }),
    undecided: await prisma.pack.count({ where: { shopId, outcome: null } }),
    settlements: await prisma.settlement.count({ where: { shopId } }),
  };
}

const rows = (statement: Statement | null) =>
  statement?.lines.map((l) => [l.date, l.kind, l.description, l.minutes, l.balance, l.heldMinutes]);

describe("reads between a transition and the sweep that records it", () => {
  test("the pack statement and its CSV end with the expiry and the settlement, dated when they took effect", async () => {
    const { shop, p } = await shopWithP();
    const before = await recorded(shop.id);
    const statement = await packStatement(shop.id, p, BETWEEN);
    expect(rows(statement)?.slice(-2)).toEqual([
      ["2024-09-04", "expiry", "2 h expired", -120, 0, 0],
      ["2024-09-04", "settlement", "Settled: 8 h delivered", 0, 0, 0],
    ]);
    expect(statementCsv(statement!).split("\r\n").slice(-3, -1)).toEqual([
      "2024-09-04,2 h expired,-120,-2,0,0,0",
      "2024-09-04,Settled: 8 h delivered,0,0,0,0,0",
    ]);
    expect(await recorded(shop.id)).toEqual(before);

    await applyTime(shop.id, BETWEEN);
    expect(await recorded(shop.id)).not.toEqual(before);
    expect(rows(await packStatement(shop.id, p, BETWEEN))).toEqual(rows(statement));
  });

  test("a carry-over shows on both packs' statements before any sweep", async () => {
    const { shop, p } = await shopWithP();
    const n = await buyPack(shop.id, "10h", at("2024-08-25T12:00:00Z")); // early renewal: carries at P's expiry
    const when = at("2024-09-02T00:00:00Z");
    expect(rows(await packStatement(shop.id, p, when))?.slice(-2)).toEqual([
      ["2024-09-01", "carry_out", "2 h carried over to the 10h pack paid 2024-08-25", -120, 0, 0],
      ["2024-09-01", "settlement", "Settled: 10 h (whole pack, carried over)", 0, 0, 0],
    ]);
    expect(rows(await packStatement(shop.id, n, when))?.at(-1)).toEqual([
      "2024-09-01",
      "carry_in",
      "2 h carried in from the 10h pack paid 2024-06-01",
      120,
      720,
      0,
    ]);
    expect(await prisma.ledgerEntry.count({ where: { shopId: shop.id, kind: "carry_out" } })).toBe(0);
  });

  test("the home's recent activity leads with the expiry", async () => {
    const { shop } = await shopWithP();
    const [latest] = await recentActivity(shop.id, BETWEEN);
    expect(latest).toMatchObject({ date: "2024-09-04", description: "2 h expired" });
    await applyTime(shop.id, BETWEEN);
    expect((await recentActivity(shop.id, BETWEEN))[0]).toMatchObject({
      date: "2024-09-04",
      description: "2 h expired",
    });
  });

  test("the portal's clients no longer show the closed window", async () => {
    const { dev, shop } = await shopWithP();
    expect((await listClients(dev.id, at("2024-09-02T00:00:00Z")))[0]?.openWindows).toHaveLength(1);
    const [client] = await listClients(dev.id, BETWEEN);
    expect(client).toMatchObject({ shopId: shop.id, openWindows: [], availableMinutes: 0, urgency: 3 });
    expect((await prisma.pack.findFirstOrThrow({ where: { shopId: shop.id } })).outcome).toBeNull();
  });

  test("the developer's settlements list the settlement time made final, and it can be invoiced at once", async () => {
    const { dev, shop, p } = await shopWithP();
    const listed = await uninvoicedSettlements(dev.id, BETWEEN);
    expect(listed).toEqual([
      {
        id: p,
        shopDomain: shop.domain,
        packTier: "10h",
        quoteTitle: null,
        basis: "delivered",
        minutes: 480,
        settledAt: at("2024-09-04T00:00:00Z"),
      },
    ]);
    expect(await prisma.settlement.count({ where: { shopId: shop.id } })).toBe(0);

    const invoice = await createInvoice(dev.id, [listed[0]!.id], BETWEEN);
    expect(invoice).toMatchObject({ ok: true });
    const line = await prisma.invoiceLine.findFirstOrThrow({ where: { settlementId: p } });
    expect(line).toMatchObject({ basis: "delivered", minutes: 480, amountCents: 72_000 });
    expect(await prisma.settlement.findUniqueOrThrow({ where: { id: p } })).toMatchObject({
      packId: p,
      settledAt: at("2024-09-04T00:00:00Z"),
    });
    expect(await uninvoicedSettlements(dev.id, BETWEEN)).toEqual([]);
  });

  test("a pack still open is neither listed as settled nor invoiceable", async () => {
    const { dev, p } = await shopWithP();
    const during = at("2024-09-02T00:00:00Z");
    expect(await uninvoicedSettlements(dev.id, during)).toEqual([]);
    expect(await createInvoice(dev.id, [p], during)).toMatchObject({ ok: false, code: "conflict" });
    expect(await prisma.invoice.count({ where: { developerId: dev.id } })).toBe(0);
  });

  test("the monthly report counts the month's expiries and carry-overs before any sweep, and the same after", async () => {
    // October 2024 belongs to this test: A expires unused (window closes Oct 13); B carries into
    // an early renewal at its expiry (Oct 15).
    const a = await createShop();
    await buyPack(a.id, "10h", at("2024-07-10T12:00:00Z"));
    const b = await createShop();
    await buyPack(b.id, "25h", at("2024-07-15T12:00:00Z"));
    await buyPack(b.id, "10h", at("2024-10-05T12:00:00Z"));
    const when = at("2024-11-01T00:00:00Z");
    const report = await monthlyReport("2024-10", when);
    expect(report).toMatchObject({
      ok: true,
      report: { minutesSold: 600, minutesExpired: 600, minutesCarriedOver: 1_500 },
    });
    expect(
      await prisma.ledgerEntry.count({
        where: { shopId: { in: [a.id, b.id] }, kind: { in: ["expiry", "carry_out"] } },
      }),
    ).toBe(0);
    await applyTime(a.id, when);
    await applyTime(b.id, when);
    expect(await monthlyReport("2024-10", when)).toEqual(report);
  });
});
