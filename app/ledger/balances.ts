import {
  HELD_EXCEEDS_REMAINING,
  INVALID_ENTRY_AMOUNT,
  NEGATIVE_BALANCE,
  PACK_INVARIANT,
  UNEXPECTED_ENTRY_FIELD,
  invariant,
} from "./messages";
import type { Balances, EntryDraft, EntryKind, PackState } from "./types";

/** Balances of a pack with no entries. */
export function emptyBalances(): Balances {
  return {
    ownRemaining: 0,
    carriedRemaining: 0,
    heldOwn: 0,
    heldCarried: 0,
    usedOwn: 0,
    usedCarried: 0,
    carriedIn: 0,
    carriedOut: 0,
    expired: 0,
    adjusted: 0,
  };
}

type Coefficients = readonly [own: number, carried: number];

/**
 * What one minute of an entry's own and of its carried part adds to each balance, per kind: the
 * fold's definition. It is linear in the entry's minutes, so sums of entries per kind rebuild
 * balances too.
 */
const EFFECTS: Record<EntryKind, Partial<Record<keyof Balances, Coefficients>>> = {
  purchase: { ownRemaining: [1, 0] },
  hold: { heldOwn: [1, 0], heldCarried: [0, 1] },
  release: { heldOwn: [-1, 0], heldCarried: [0, -1] },
  usage: { ownRemaining: [-1, 0], carriedRemaining: [0, -1], usedOwn: [1, 0], usedCarried: [0, 1] },
  carry_out: { ownRemaining: [-1, 0], carriedOut: [1, 0] },
  carry_in: { carriedRemaining: [0, 1], carriedIn: [0, 1] },
  expiry: { ownRemaining: [-1, 0], carriedRemaining: [0, -1], expired: [1, 1] },
  adjustment: { ownRemaining: [1, 0], adjusted: [1, 0] },
};

/** Adds one entry's effect to balances, unchecked. Use applyEntry to apply one safely. */
export function addEntry(b: Balances, e: Pick<EntryDraft, "kind" | "own" | "carried">): Balances {
  const n = pickBalances(b);
  for (const [field, [own, carried]] of Object.entries(EFFECTS[e.kind]) as [keyof Balances, Coefficients][]) {
    n[field] += own * e.own + carried * e.carried;
  }
  return n;
}

/** Balances after one entry; throws when the entry is malformed or would overdraw a bucket. */
export function applyEntry(b: Balances, e: EntryDraft): Balances {
  checkAmounts(e);
  const n = addEntry(b, e);
  const { adjusted: _signed, ...unsigned } = n;
  for (const [field, value] of Object.entries(unsigned)) {
    invariant(value >= 0, NEGATIVE_BALANCE, { field, value, entry: e });
  }
  invariant(n.heldOwn <= n.ownRemaining && n.heldCarried <= n.carriedRemaining, HELD_EXCEEDS_REMAINING, {
    balances: n,
    entry: e,
  });
  return n;
}

/** Balances of one pack rebuilt from its entries, in order. */
export function foldEntries(entries: readonly EntryDraft[]): Balances {
  return entries.reduce(applyEntry, emptyBalances());
}

/** The conservation identity of a pack: purchased + adjusted + carried in = used + remaining + expired + carried out. */
export function isBalanced(pack: Pick<PackState, "ownMinutes"> & Balances): boolean {
  const sources = pack.ownMinutes + pack.adjusted + pack.carriedIn;
  const uses =
    pack.usedOwn +
    pack.usedCarried +
    pack.ownRemaining +
    pack.carriedRemaining +
    pack.expired +
    pack.carriedOut;
  return sources === uses;
}

/** Throws unless the pack's balances add up, are non-negative, and its holds fit its remaining minutes. */
export function assertPackInvariant(pack: PackState): void {
  const { adjusted: _signed, ...rest } = pickBalances(pack);
  for (const [field, value] of Object.entries(rest)) {
    invariant(Number.isInteger(value) && value >= 0, NEGATIVE_BALANCE, { pack: pack.id, field, value });
  }
  invariant(
    pack.heldOwn <= pack.ownRemaining && pack.heldCarried <= pack.carriedRemaining,
    HELD_EXCEEDS_REMAINING,
    {
      pack: pack.id,
    },
  );
  invariant(isBalanced(pack), PACK_INVARIANT, { pack: pack.id });
}

/** Only the balance fields of a pack. */
export function pickBalances(b: Balances): Balances {
  return {
    ownRemaining: b.ownRemaining,
    carriedRemaining: b.carriedRemaining,
    heldOwn: b.heldOwn,
    heldCarried: b.heldCarried,
    usedOwn: b.usedOwn,
    usedCarried: b.usedCarried,
    carriedIn: b.carriedIn,
    carriedOut: b.carriedOut,
    expired: b.expired,
    adjusted: b.adjusted,
  };
}

// Which amount each kind reads; the other must be 0 so a misplaced amount is caught, not ignored.
const USES: Record<EntryDraft["kind"], { own: boolean; carried: boolean }> = {
  purchase: { own: true, carried: false },
  hold: { own: true, carried: true },
  release: { own: true, carried: true },
  usage: { own: true, carried: true },
  carry_out: { own: true, carried: false },
  carry_in: { own: false, carried: true },
  expiry: { own: true, carried: true },
  adjustment: { own: true, carried: false },
};

function checkAmounts(e: EntryDraft): void {
  const signedOwn = e.kind === "adjustment";
  invariant(Number.isSafeInteger(e.own) && (signedOwn || e.own >= 0), INVALID_ENTRY_AMOUNT, e);
  invariant(Number.isSafeInteger(e.carried) && e.carried >= 0, INVALID_ENTRY_AMOUNT, e);
  const uses = USES[e.kind];
  invariant(uses.own || e.own === 0, UNEXPECTED_ENTRY_FIELD, e);
  invariant(uses.carried || e.carried === 0, UNEXPECTED_ENTRY_FIELD, e);
}
