import { describe, expect, test } from "vitest";
import { allocate, availableMinutes, consumptionOrder } from "../../app/ledger/allocation";
import { at, makePack } from "./shop";

describe("consumption order", () => {
  test("earliest expiry first, never-expiring last, ties by paid time then id", () => {
    const packs = [
      makePack({ id: "legacy", expiresAt: null, paidAt: at("2023-06-01T00:00:00Z") }),
      makePack({ id: "late", expiresAt: at("2024-10-01T00:00:00Z") }),
      makePack({ id: "b", expiresAt: at("2024-09-01T00:00:00Z"), paidAt: at("2024-06-01T12:00:00Z") }),
      makePack({ id: "a", expiresAt: at("2024-09-01T00:00:00Z"), paidAt: at("2024-06-01T12:00:00Z") }),
      makePack({ id: "z", expiresAt: at("2024-09-01T00:00:00Z"), paidAt: at("2024-06-01T08:00:00Z") }),
    ];
    expect(consumptionOrder(packs).map((p) => p.id)).toEqual(["z", "a", "b", "late", "legacy"]);
  });
});

describe("available minutes", () => {
  const p = makePack({
    id: "p",
    ownRemaining: 300,
    heldOwn: 100,
    carriedRemaining: 120,
    heldCarried: 20,
    carriedIn: 120,
    usedOwn: 300,
  });

  test("are remaining minus held over both buckets", () => {
    expect(availableMinutes(p, at("2024-08-31T23:59:59.999Z"))).toBe(300);
  });

  test("are zero from the expiry instant on", () => {
    expect(availableMinutes(p, at("2024-09-01T00:00:00Z"))).toBe(0);
  });

  test("of a never-expiring pack never drop to zero by time", () => {
    expect(availableMinutes({ ...p, expiresAt: null }, at("2099-01-01T00:00:00Z"))).toBe(300);
  });
});

describe("allocation", () => {
  const first = makePack({
    id: "first",
    ownRemaining: 60,
    carriedRemaining: 30,
    carriedIn: 30,
    usedOwn: 540,
  });
  const second = makePack({
    id: "second",
    expiresAt: at("2024-10-01T00:00:00Z"),
    paidAt: at("2024-07-01T00:00:00Z"),
  });
  const now = at("2024-08-01T00:00:00Z");

  test("draws own before carried within a pack and packs in consumption order", () => {
    expect(allocate([second, first], 120, now)).toEqual({
      ok: true,
      parts: [
        { packId: "first", own: 60, carried: 30 },
        { packId: "second", own: 30, carried: 0 },
      ],
    });
  });

  test("skips held minutes and expired packs", () => {
    const held = { ...first, heldOwn: 60 };
    expect(allocate([held, second], 40, now)).toEqual({
      ok: true,
      parts: [
        { packId: "first", own: 0, carried: 30 },
        { packId: "second", own: 10, carried: 0 },
      ],
    });
    expect(allocate([first, second], 10, at("2024-09-01T00:00:00Z"))).toEqual({
      ok: true,
      parts: [{ packId: "second", own: 10, carried: 0 }],
    });
  });

  test("an exact fit succeeds", () => {
    expect(allocate([first], 90, now)).toMatchObject({ ok: true });
  });

  test("short by one minute fails with insufficient_hours and the exact missing minutes", () => {
    expect(allocate([first, second], 691, now)).toEqual({
      ok: false,
      code: "insufficient_hours",
      missingMinutes: 1,
      availableMinutes: 690,
      message: "Needs 11.52 h, 11.5 h available. Buy a 25 h pack or lower the estimate.",
    });
  });

  test("the message says what is needed and what to do", () => {
    const result = allocate([makePack({ id: "p", ownRemaining: 150, usedOwn: 450 })], 240, now);
    expect(result).toMatchObject({
      ok: false,
      missingMinutes: 90,
      message: "Needs 4 h, 2.5 h available. Buy a 25 h pack or lower the estimate.",
    });
  });

  test("with no packs everything is missing", () => {
    expect(allocate([], 60, now)).toMatchObject({ ok: false, missingMinutes: 60, availableMinutes: 0 });
  });
});
