// The seed's acceptance scenarios (POLICY.md), shop time zone UTC.
// P = 10 h paid 2024-06-01, expiresOn 2024-08-31; 8 h used, 2 h unused.
import { describe, expect, test } from "vitest";
import { packView } from "../../app/ledger/project";
import { projectAt } from "../../app/ledger/time";
import { DEFAULT_POLICY } from "../../app/ledger/types";
import { approve, at, buy, complete, expectLogMatchesPacks, newShop, pack } from "./shop";

function shopWithP() {
  const shop = newShop("UTC", DEFAULT_POLICY, false); // state only changes by events; time is projected
  buy(shop, "P", "10h", "2024-06-01T12:00:00Z");
  approve(shop, "q1", 480, "2024-06-03T13:00:00Z");
  complete(shop, "q1", 480, "2024-06-20T12:00:00Z");
  return shop;
}

const view = (shop: ReturnType<typeof shopWithP>, until: string) =>
  projectAt(shop.packs, at(until), { timeZone: "UTC", policy: DEFAULT_POLICY }).map((p) =>
    packView(p, at(until), "UTC"),
  );

describe("seed scenarios", () => {
  test("1: a 10 h pack bought on Sep 2 holds 12 h until Dec 1 and P settles whole_pack 10 h", () => {
    const shop = shopWithP();
    buy(shop, "N", "10h", "2024-09-02T12:00:00Z");
    const [p, n] = view(shop, "2024-09-10T00:00:00Z");
    expect(p).toMatchObject({
      expiresOn: "2024-08-31",
      usedHours: 8,
      remainingHours: 0,
      carriedOutHours: 2,
      carriedOutTo: "N",
      status: "settled",
      settlement: { basis: "whole_pack", hours: 10 },
    });
    expect(n).toMatchObject({
      expiresOn: "2024-12-01",
      purchasedHours: 10,
      carriedInHours: 2,
      carriedInFrom: "P",
      remainingHours: 12,
      status: "active",
      settlement: null,
    });
  });

  test("2: bought Sep 1 with only 6 h used by expiry, the 2 carried hours expire and N's 4 own hours carry on", () => {
    const shop = shopWithP();
    buy(shop, "N", "10h", "2024-09-01T12:00:00Z");
    shop.packs = projectAt(shop.packs, at("2024-09-01T12:00:00Z"), {
      timeZone: "UTC",
      policy: DEFAULT_POLICY,
    });
    approve(shop, "q2", 360, "2024-10-01T00:00:00Z");
    complete(shop, "q2", 360, "2024-10-02T00:00:00Z");
    expect(pack(shop, "N")).toMatchObject({
      usedOwn: 360,
      usedCarried: 0,
      ownRemaining: 240,
      carriedRemaining: 120,
    });
    buy(shop, "M", "10h", "2024-12-01T09:00:00Z");
    const [p, n, m] = view(shop, "2024-12-10T00:00:00Z");
    expect(p).toMatchObject({ status: "settled", settlement: { basis: "whole_pack", hours: 10 } });
    expect(n).toMatchObject({
      expiresOn: "2024-11-30",
      usedHours: 6,
      carriedInHours: 2,
      expiredHours: 2,
      carriedOutHours: 4,
      carriedOutTo: "M",
      remainingHours: 0,
      settlement: { basis: "whole_pack", hours: 10 },
    });
    expect(m).toMatchObject({ carriedInHours: 4, carriedInFrom: "N", remainingHours: 14 });
  });

  test("3: with no new pack P's 2 h expire and P settles delivered 8 h", () => {
    const shop = shopWithP();
    const [during] = view(shop, "2024-09-03T12:00:00Z");
    expect(during).toMatchObject({ status: "expired", remainingHours: 2, expiredHours: 0, settlement: null });
    const [p] = view(shop, "2024-09-10T00:00:00Z");
    expect(p).toMatchObject({
      remainingHours: 0,
      expiredHours: 2,
      carriedOutHours: 0,
      status: "settled",
      settlement: { basis: "delivered", hours: 8 },
    });
  });

  test("the simulator contract's example timeline gives the documented packs", () => {
    const shop = newShop("UTC", DEFAULT_POLICY);
    buy(shop, "june", "10h", "2024-06-01T12:00:00Z");
    approve(shop, "q1", 240, "2024-06-03T13:00:00Z");
    complete(shop, "q1", 480, "2024-06-20T12:00:00Z");
    buy(shop, "sept", "10h", "2024-09-02T12:00:00Z");
    const until = at("2024-09-10T00:00:00Z");
    const views = projectAt(shop.packs, until, { timeZone: "UTC", policy: DEFAULT_POLICY }).map((p) =>
      packView(p, until, "UTC"),
    );
    expect(views).toEqual([
      {
        id: "june",
        tier: "10h",
        expiresOn: "2024-08-31",
        purchasedHours: 10,
        carriedInHours: 0,
        carriedInFrom: null,
        usedHours: 8,
        heldHours: 0,
        remainingHours: 0,
        expiredHours: 0,
        carriedOutHours: 2,
        carriedOutTo: "sept",
        status: "settled",
        settlement: { basis: "whole_pack", hours: 10 },
      },
      {
        id: "sept",
        tier: "10h",
        expiresOn: "2024-12-01",
        purchasedHours: 10,
        carriedInHours: 2,
        carriedInFrom: "june",
        usedHours: 0,
        heldHours: 0,
        remainingHours: 12,
        expiredHours: 0,
        carriedOutHours: 0,
        carriedOutTo: null,
        status: "active",
        settlement: null,
      },
    ]);
    expectLogMatchesPacks(shop);
  });
});
