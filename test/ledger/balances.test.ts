import { describe, expect, test } from "vitest";
import {
  applyEntry,
  assertPackInvariant,
  emptyBalances,
  foldEntries,
  isBalanced,
} from "../../app/ledger/balances";
import {
  HELD_EXCEEDS_REMAINING,
  INVALID_ENTRY_AMOUNT,
  NEGATIVE_BALANCE,
  PACK_INVARIANT,
  UNEXPECTED_ENTRY_FIELD,
} from "../../app/ledger/messages";
import type { EntryDraft } from "../../app/ledger/types";
import { makePack } from "./shop";

const e = (kind: EntryDraft["kind"], own: number, carried = 0): EntryDraft => ({
  packId: "p",
  kind,
  own,
  carried,
});

describe("folding entries into balances", () => {
  test("each entry kind moves exactly the buckets of its rule", () => {
    const b = foldEntries([
      e("purchase", 600),
      e("carry_in", 0, 120),
      e("hold", 300, 60),
      e("release", 300, 60),
      e("usage", 200, 30),
      e("carry_out", 100),
      e("expiry", 50, 40),
      e("adjustment", -10),
    ]);
    expect(b).toEqual({
      ownRemaining: 240,
      carriedRemaining: 50,
      heldOwn: 0,
      heldCarried: 0,
      usedOwn: 200,
      usedCarried: 30,
      carriedIn: 120,
      carriedOut: 100,
      expired: 90,
      adjusted: -10,
    });
    expect(isBalanced({ ownMinutes: 600, ...b })).toBe(true);
  });

  test("no entries is empty balances", () => {
    expect(foldEntries([])).toEqual(emptyBalances());
  });

  test("an entry that would overdraw a bucket throws", () => {
    const b = foldEntries([e("purchase", 60)]);
    expect(() => applyEntry(b, e("usage", 61))).toThrow(NEGATIVE_BALANCE);
    expect(() => applyEntry(b, e("release", 1))).toThrow(NEGATIVE_BALANCE);
    expect(() => applyEntry(b, e("expiry", 0, 1))).toThrow(NEGATIVE_BALANCE);
  });

  test("holding more than remains throws, and so does using minutes another quote holds", () => {
    const b = foldEntries([e("purchase", 60), e("hold", 60)]);
    expect(() => applyEntry(b, e("hold", 1))).toThrow(HELD_EXCEEDS_REMAINING);
    expect(() => applyEntry(b, e("usage", 1))).toThrow(HELD_EXCEEDS_REMAINING);
  });

  test("fractional, negative or misplaced amounts throw", () => {
    const b = foldEntries([e("purchase", 60)]);
    expect(() => applyEntry(b, e("usage", 1.5))).toThrow(INVALID_ENTRY_AMOUNT);
    expect(() => applyEntry(b, e("usage", -1))).toThrow(INVALID_ENTRY_AMOUNT);
    expect(() => applyEntry(b, e("carry_in", 5))).toThrow(UNEXPECTED_ENTRY_FIELD);
    expect(() => applyEntry(b, e("purchase", 0, 5))).toThrow(UNEXPECTED_ENTRY_FIELD);
  });

  test("an adjustment may be negative but never below zero remaining", () => {
    const b = foldEntries([e("purchase", 60)]);
    expect(applyEntry(b, e("adjustment", -60)).ownRemaining).toBe(0);
    expect(() => applyEntry(b, e("adjustment", -61))).toThrow(NEGATIVE_BALANCE);
  });

  test("a pack whose balances do not add up fails the invariant check", () => {
    expect(() => assertPackInvariant(makePack({ id: "p" }))).not.toThrow();
    expect(() => assertPackInvariant(makePack({ id: "p", ownRemaining: 590 }))).toThrow(PACK_INVARIANT);
    expect(() => assertPackInvariant(makePack({ id: "p", heldOwn: 601 }))).toThrow(HELD_EXCEEDS_REMAINING);
  });
});
