import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { loader as statementLoader } from "~/routes/app.packs.$packId";
import { loader as csvLoader } from "~/routes/app.packs.$packId.statement[.csv]";
import { adminRequest, callRoute } from "../support/routes";
import { buyPack, installedShop, workDone } from "../support/factories";

async function shopWithWork() {
  const shop = await installedShop();
  const packId = await buyPack(shop.id, "10h", new Date("2024-06-01T12:00:00Z"));
  await workDone(
    shop.id,
    { estimate: 240, actual: 180 },
    new Date("2024-06-03T12:00:00Z"),
    new Date("2024-06-04T12:00:00Z"),
  );
  return { shop, packId };
}

// The statement shows the ledger as of now: these read it in July 2024, before the pack expires.
const readAt = (iso: string) => vi.useFakeTimers({ now: new Date(iso), toFake: ["Date"] });

describe("pack statement", () => {
  beforeEach(() => {
    readAt("2024-07-01T00:00:00Z");
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test("lists every entry with date, description, minutes and running balance", async () => {
    const { shop, packId } = await shopWithWork();
    const { status, data } = await callRoute(
      statementLoader,
      await adminRequest(shop.domain, `/app/packs/${packId}`),
      { packId },
    );
    expect(status).toBe(200);
    expect(data.pack).toMatchObject({ id: packId, tier: "10h", expiresOn: "2024-08-31" });
    expect(
      data.lines.map((l: { kind: string; minutes: number; balance: number }) => [
        l.kind,
        l.minutes,
        l.balance,
      ]),
    ).toEqual([
      ["purchase", 600, 600],
      ["hold", 0, 600],
      ["release", 0, 600],
      ["usage", -180, 420],
    ]);
  });

  test("downloads as CSV", async () => {
    const { shop, packId } = await shopWithWork();
    const request = await adminRequest(shop.domain, `/app/packs/${packId}/statement.csv`, { bearer: true });
    const { response } = await callRoute(csvLoader, request, { packId });
    expect(response?.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response?.headers.get("Content-Disposition")).toBe(
      'attachment; filename="statement-10h-2024-06-01.csv"',
    );
    const lines = (await response!.text()).trim().split("\r\n");
    expect(lines[0]).toBe("date,description,minutes,hours,balance_minutes,balance_hours,held_minutes");
    expect(lines[1]).toBe("2024-06-01,Bought 10 h pack,600,10,600,10,0");
    expect(lines[4]).toBe("2024-06-04,3 h charged for quote “Fix the theme”,-180,-3,420,7,0");
  });

  test("another shop's pack id answers 404 and leaks nothing, on the page and in CSV", async () => {
    const { packId } = await shopWithWork();
    const other = await installedShop();
    const page = await callRoute(statementLoader, await adminRequest(other.domain, `/app/packs/${packId}`), {
      packId,
    });
    expect(page.status).toBe(404);
    expect(page.data).toEqual({ message: "This pack does not exist in your store. Open it from Home." });
    const csv = await callRoute(
      csvLoader,
      await adminRequest(other.domain, `/app/packs/${packId}/statement.csv`, { bearer: true }),
      {
        packId,
      },
    );
    expect(csv.status).toBe(404);
  });

  test("after the window closes, the page and the CSV end with the expiry and the settlement before any sweep", async () => {
    const { shop, packId } = await shopWithWork();
    readAt("2024-09-10T00:00:00Z");
    const { data } = await callRoute(
      statementLoader,
      await adminRequest(shop.domain, `/app/packs/${packId}`),
      {
        packId,
      },
    );
    expect(data.lines.slice(-2).map((l: { kind: string; minutes: number }) => [l.kind, l.minutes])).toEqual([
      ["expiry", -420],
      ["settlement", 0],
    ]);
    const csv = await callRoute(
      csvLoader,
      await adminRequest(shop.domain, `/app/packs/${packId}/statement.csv`, { bearer: true }),
      { packId },
    );
    expect((await csv.response!.text()).trim().split("\r\n").slice(-2)).toEqual([
      "2024-09-04,7 h expired,-420,-7,0,0,0",
      "2024-09-04,Settled: 3 h delivered,0,0,0,0,0",
    ]);
  });
});
