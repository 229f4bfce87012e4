// Every list that grows reads keyset pages of 50 (app/lib/pages.ts): first, next and last pages,
// back again, filters kept, and a cursor our links did not make refused naming `cursor`.
import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { PAGE_SIZE } from "~/lib/pages";
import { loader as statementLoader } from "~/routes/app.packs.$packId";
import { loader as quotesLoader } from "~/routes/app.quotes._index";
import { loader as consoleInvoicesLoader } from "~/routes/developer.console.invoices";
import { loader as invoicesLoader } from "~/routes/developer.invoices._index";
import { loader as portalQuotesLoader } from "~/routes/developer.quotes._index";
import { loader as storeLoader } from "~/routes/developer.stores.$shopId";
import { packStatement } from "~/services/ledger/statement.server";
import { quoteIn } from "../../scripts/factories/ledger";
import { buyPack, createShop, installedShop, workDone } from "../support/factories";
import { connect, getRequest, makeDeveloper } from "../support/portal";
import { mockAdminApi } from "../support/msw";
import { adminRequest, callRoute } from "../support/routes";

// These walk pages of several routes generically: the answer's data is read loosely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const call = (handler: any, request: Request, params?: Record<string, string>) =>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  callRoute(handler, request, params) as Promise<{ status: number; data: any }>;

mockAdminApi();

const START = Date.parse("2026-01-05T12:00:00Z");
/** The i-th quote's instant: three quotes share each instant, so the id must break ties. */
const instant = (i: number) => new Date(START + Math.floor(i / 3) * 60_000);

interface Page {
  ids: string[];
  next: string | null;
  previous: string | null;
}

/** Follows Next from the first page to the last, then Previous back to the first. */
async function walk<P extends Page>(read: (cursor: string | null) => Promise<P>) {
  const forward: P[] = [await read(null)];
  while (forward.at(-1)!.next) forward.push(await read(forward.at(-1)!.next));
  const backward: P[] = [forward.at(-1)!];
  while (backward.at(-1)!.previous) backward.push(await read(backward.at(-1)!.previous));
  return { forward, backward: backward.reverse() };
}

const withCursor = (path: string, cursor: string | null) =>
  cursor ? `${path}${path.includes("?") ? "&" : "?"}cursor=${encodeURIComponent(cursor)}` : path;

describe("the merchant's quote list", () => {
  test("pages through 110 quotes, newest first, with nothing missed or repeated, and back", async () => {
    const shop = await installedShop();
    const ids: string[] = [];
    for (let i = 0; i < 110; i += 1)
      ids.push(await quoteIn(shop.id, { estimateMinutes: 60, at: instant(i), outcome: "pending" }));
    // Two quotes in another tab never show under "To review".
    await buyPack(shop.id, "25h", instant(0));
    await quoteIn(shop.id, { estimateMinutes: 60, at: instant(200), outcome: "approved" });
    await quoteIn(shop.id, { estimateMinutes: 60, at: instant(201), outcome: "declined" });

    const read = async (cursor: string | null): Promise<Page> => {
      const answer = await call(
        quotesLoader,
        await adminRequest(shop.domain, withCursor("/app/quotes?status=pending", cursor)),
      );
      expect(answer.status).toBe(200);
      expect(answer.data.tab).toBe("pending");
      expect(answer.data.counts.pending).toBe(110);
      return {
        ids: answer.data.quotes.map((q: { id: string; status: string }) => {
          expect(q.status).toBe("pending");
          return q.id;
        }),
        ...answer.data.links,
      };
    };
    const { forward, backward } = await walk(read);
    expect(forward.map((p) => p.ids.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 10]);
    expect(forward[0]!.previous).toBeNull();
    expect(forward[2]!.next).toBeNull();
    const newestFirst = await prisma.quote.findMany({
      where: { shopId: shop.id, status: "pending" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(forward.flatMap((p) => p.ids)).toEqual(newestFirst.map((q) => q.id));
    expect(new Set(forward.flatMap((p) => p.ids))).toEqual(new Set(ids));
    // Previous from the last page gives the same pages back.
    expect(backward.map((p) => p.ids)).toEqual(forward.map((p) => p.ids));
  });

  test("shows when each quote was received, in the store's time zone", async () => {
    const shop = await installedShop({ timezone: "America/Los_Angeles" });
    await quoteIn(shop.id, { estimateMinutes: 60, at: new Date("2026-11-30T05:00:00Z"), outcome: "pending" });
    const { data } = await call(quotesLoader, await adminRequest(shop.domain, "/app/quotes"));
    expect(data.quotes[0].received).toBe("Nov 29, 2026");
    expect(data.links).toEqual({ next: null, previous: null });
  });

  test("a cursor the list did not make answers 400 naming cursor", async () => {
    const shop = await installedShop();
    for (const cursor of ["nonsense", "YXxub3xpZA", "%00", "YXwxfDI"]) {
      const answer = await call(
        quotesLoader,
        await adminRequest(shop.domain, withCursor("/app/quotes", cursor)),
      );
      expect(answer.status).toBe(400);
      expect(answer.data.errors).toEqual([{ field: "cursor", message: expect.stringContaining("cursor") }]);
    }
  });
});

describe("the pack statement", () => {
  test("pages its entries and keeps the running balance of the whole statement on every page", async () => {
    const shop = await installedShop();
    // Read as of now, as the page does: a pack bought ten days ago, still open.
    const at = new Date(Date.now() - 10 * 24 * 3600_000);
    const packId = await buyPack(shop.id, "75h", at);
    // Each job is a hold, its release and a usage: 1 + 3 x 40 = 121 entries, three pages.
    for (let i = 0; i < 40; i += 1)
      await workDone(
        shop.id,
        { estimate: 60, actual: 30 + i },
        new Date(at.getTime() + i * 3600_000),
        new Date(at.getTime() + i * 3600_000 + 60_000),
      );
    const whole = await packStatement(shop.id, packId, new Date());
    const read = async (cursor: string | null) => {
      const answer = await call(
        statementLoader,
        await adminRequest(shop.domain, withCursor(`/app/packs/${packId}`, cursor)),
        { packId },
      );
      expect(answer.status).toBe(200);
      expect(answer.data.summary).toEqual(whole!.summary);
      return {
        lines: answer.data.lines,
        ids: answer.data.lines.map((l: { id: string }) => l.id),
        ...answer.data.links,
      };
    };
    const { forward, backward } = await walk(read);
    expect(forward.map((p) => p.ids.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 21]);
    const paged = forward.flatMap((p) =>
      p.lines.map((l: { id: string; minutes: number; balance: number; heldMinutes: number }) => [
        l.id,
        l.minutes,
        l.balance,
        l.heldMinutes,
      ]),
    );
    expect(paged).toEqual(whole!.lines.map((l) => [l.id, l.minutes, l.balance, l.heldMinutes]));
    expect(backward.map((p) => p.ids)).toEqual(forward.map((p) => p.ids));
    expect(whole!.summary).toMatchObject({
      purchasedMinutes: 4500,
      leftMinutes: 4500 - whole!.summary.usedMinutes,
    });
  }, 60_000);

  test("a cursor of another list's kind answers 400 naming cursor", async () => {
    const shop = await installedShop();
    const packId = await buyPack(shop.id, "25h", new Date());
    const uuidCursor = Buffer.from(`a|${Date.now()}|${crypto.randomUUID()}`).toString("base64url");
    const answer = await call(
      statementLoader,
      await adminRequest(shop.domain, withCursor(`/app/packs/${packId}`, uuidCursor)),
      { packId },
    );
    expect(answer.status).toBe(400);
    expect(answer.data.errors[0].field).toBe("cursor");
  });
});

describe("the portal's lists", () => {
  test("a developer's quotes page by 50 across stores and on one store's page", async () => {
    const dev = await makeDeveloper();
    const [one, two] = [await createShop(), await createShop()];
    await connect(one.id, dev.id);
    await connect(two.id, dev.id);
    for (let i = 0; i < 60; i += 1)
      await quoteIn(i % 2 ? one.id : two.id, {
        estimateMinutes: 60,
        at: instant(i),
        outcome: "pending",
        developerId: dev.id,
      });
    const all = async (cursor: string | null) => {
      const data = await portalQuotesLoader({
        request: getRequest(withCursor("/developer/quotes", cursor), dev.cookie),
        params: {},
        context: {},
      });
      return { ids: data.quotes.map((q) => q.id), ...data.links };
    };
    const { forward } = await walk(all);
    expect(forward.map((p) => p.ids.length)).toEqual([PAGE_SIZE, 10]);
    expect(new Set(forward.flatMap((p) => p.ids)).size).toBe(60);

    const store = async (cursor: string | null) => {
      const data = await storeLoader({
        request: getRequest(withCursor(`/developer/stores/${one.id}`, cursor), dev.cookie),
        params: { shopId: one.id },
        context: {},
      });
      return { ids: data.quotes.map((q) => q.id), ...data.links };
    };
    expect((await walk(store)).forward.map((p) => p.ids.length)).toEqual([30]);

    expect(
      (await call(portalQuotesLoader, getRequest("/developer/quotes?cursor=bad", dev.cookie))).status,
    ).toBe(400);
  });

  test("invoices page by number, newest first, for the developer and the company; the status filter stays", async () => {
    const dev = await makeDeveloper({ payoutRateCents: 8_000 });
    const admin = await makeDeveloper({ role: "admin" });
    // Invoices straight into the table: this reads the list, and invoicing is tested elsewhere.
    for (let i = 0; i < 55; i += 1)
      await prisma.invoice.create({
        data: {
          developerId: dev.id,
          status: i % 5 === 0 ? "paid" : "submitted",
          minutes: 60,
          payoutRateCents: 8_000,
          amountCents: 8_000,
          createdAt: instant(i),
        },
      });
    const mine = async (cursor: string | null) => {
      const data = await invoicesLoader({
        request: getRequest(withCursor("/developer/invoices", cursor), dev.cookie),
        params: {},
        context: {},
      });
      return {
        ids: data.invoices.map((i) => i.id),
        numbers: data.invoices.map((i) => i.number),
        ...data.links,
      };
    };
    const { forward, backward } = await walk(mine);
    expect(forward.map((p) => p.ids.length)).toEqual([PAGE_SIZE, 5]);
    const numbers = forward.flatMap((p) => p.numbers);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(backward.map((p) => p.ids)).toEqual(forward.map((p) => p.ids));

    const submitted = async (cursor: string | null) => {
      const data = await consoleInvoicesLoader({
        request: getRequest(withCursor("/developer/console/invoices?status=submitted", cursor), admin.cookie),
        params: {},
        context: {},
      });
      expect(data.status).toBe("submitted");
      return {
        ids: data.invoices.filter((i) => i.developerId === dev.id).map((i) => i.id),
        statuses: data.invoices.map((i) => i.status),
        ...data.links,
      };
    };
    const pages = (await walk(submitted)).forward;
    expect(new Set(pages.flatMap((p) => p.statuses))).toEqual(new Set(["submitted"]));
    expect(pages.flatMap((p) => p.ids)).toHaveLength(44);

    expect(
      (
        await call(
          consoleInvoicesLoader,
          getRequest("/developer/console/invoices?cursor=YXwxfDI", admin.cookie),
        )
      ).status,
    ).toBe(400);
  });
});
