import { describe, expect, test } from "vitest";
import {
  CARRY_IN_ALREADY_SET,
  OUTCOME_ALREADY_SET,
  SETTLEMENT_ALREADY_SET,
  UNKNOWN_PACK,
} from "../../app/ledger/messages";
import { applyPlan, packStatus, packView } from "../../app/ledger/project";
import { projectAt } from "../../app/ledger/time";
import { DEFAULT_POLICY } from "../../app/ledger/types";
import { at, makePack } from "./shop";

describe("applying plans", () => {
  test("applies entries and flag changes without touching the input", () => {
    const p = makePack({ id: "P", ownRemaining: 120, usedOwn: 480 });
    const n = makePack({
      id: "N",
      paidAt: at("2024-09-02T12:00:00Z"),
      expiresAt: at("2024-12-02T00:00:00Z"),
    });
    const [p2, n2] = applyPlan([p, n], {
      entries: [
        { packId: "P", kind: "carry_out", own: 120, carried: 0, relatedPackId: "N" },
        { packId: "N", kind: "carry_in", own: 0, carried: 120, relatedPackId: "P" },
      ],
      outcomes: [{ packId: "P", outcome: "carried", carriedOutToId: "N" }],
      carriedInFrom: [{ packId: "N", fromId: "P" }],
      settlements: [{ packId: "P", basis: "whole_pack", minutes: 600 }],
    });
    expect(p2).toMatchObject({
      ownRemaining: 0,
      carriedOut: 120,
      outcome: "carried",
      carriedOutToId: "N",
      settlement: { basis: "whole_pack", minutes: 600 },
    });
    expect(n2).toMatchObject({ carriedRemaining: 120, carriedIn: 120, carriedInFromId: "P" });
    expect(p.ownRemaining).toBe(120);
  });

  test("refuses to decide an outcome, a carry-in or a settlement twice, or to touch an unknown pack", () => {
    const p = makePack({
      id: "P",
      outcome: "expired",
      carriedInFromId: "X",
      settlement: { basis: "delivered", minutes: 0 },
    });
    expect(() => applyPlan([p], { entries: [], outcomes: [{ packId: "P", outcome: "expired" }] })).toThrow(
      OUTCOME_ALREADY_SET,
    );
    expect(() => applyPlan([p], { entries: [], carriedInFrom: [{ packId: "P", fromId: "Y" }] })).toThrow(
      CARRY_IN_ALREADY_SET,
    );
    expect(() =>
      applyPlan([p], { entries: [], settlements: [{ packId: "P", basis: "delivered", minutes: 0 }] }),
    ).toThrow(SETTLEMENT_ALREADY_SET);
    expect(() =>
      applyPlan([p], { entries: [{ packId: "Q", kind: "purchase", own: 1, carried: 0 }] }),
    ).toThrow(UNKNOWN_PACK);
  });
});

describe("pack status", () => {
  const p = makePack({ id: "P" });

  test("is active until the expiry instant and expired from it", () => {
    expect(packStatus(p, at("2024-08-31T23:59:59.999Z"))).toBe("active");
    expect(packStatus(p, at("2024-09-01T00:00:00Z"))).toBe("expired");
  });

  test("is settled once the settlement is final, whatever the time", () => {
    expect(
      packStatus({ ...p, settlement: { basis: "delivered", minutes: 0 } }, at("2024-06-02T00:00:00Z")),
    ).toBe("settled");
  });

  test("of a never-expiring pack stays active", () => {
    expect(packStatus({ ...p, expiresAt: null }, at("2099-01-01T00:00:00Z"))).toBe("active");
  });
});

describe("projection", () => {
  test("shows at any instant what time has decided, without changing the stored state", () => {
    const p = makePack({ id: "P", ownRemaining: 120, usedOwn: 480 });
    const [during] = projectAt([p], at("2024-09-02T00:00:00Z"), { timeZone: "UTC", policy: DEFAULT_POLICY });
    const [after] = projectAt([p], at("2024-09-04T00:00:00Z"), { timeZone: "UTC", policy: DEFAULT_POLICY });
    expect(during).toMatchObject({ outcome: null, ownRemaining: 120 });
    expect(after).toMatchObject({
      outcome: "expired",
      expired: 120,
      settlement: { basis: "delivered", minutes: 480 },
    });
    expect(p.outcome).toBeNull();
  });

  test("the pack view gives the contract's numbers in hours", () => {
    const p = makePack({
      id: "P",
      ownRemaining: 100,
      heldOwn: 45,
      usedOwn: 500,
      carriedIn: 30,
      carriedRemaining: 10,
      usedCarried: 20,
    });
    expect(packView(p, at("2024-07-01T00:00:00Z"), "UTC")).toEqual({
      id: "P",
      tier: "10h",
      expiresOn: "2024-08-31",
      purchasedHours: 10,
      carriedInHours: 0.5,
      carriedInFrom: null,
      usedHours: 8.67,
      heldHours: 0.75,
      remainingHours: 1.83,
      expiredHours: 0,
      carriedOutHours: 0,
      carriedOutTo: null,
      status: "active",
      settlement: null,
    });
  });

  test("a never-expiring pack shows no expiry date", () => {
    expect(
      packView(makePack({ id: "L", expiresAt: null }), at("2030-01-01T00:00:00Z"), "UTC").expiresOn,
    ).toBeNull();
  });
});
