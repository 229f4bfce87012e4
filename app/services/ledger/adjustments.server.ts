import { applyPlan } from "../../ledger";
import { persistPlan } from "./persist.sql.server";
import { isUuid } from "../../lib/ids";
import { shopContext } from "./shop-context.sql.server";
import { applyTimeInTx } from "./time.server";
import { inLedgerTransaction } from "../../lib/sql.server";
import { fail, type Result } from "../../lib/result";

export interface AdjustmentInput {
  shopId: string;
  packId: string;
  /** Signed whole minutes added to (or, negative, taken from) the pack's own minutes. */
  minutes: number;
  /** Why: required, kept on the entry and shown on the statement. */
  reason: string;
}

/**
 * A company correction of a pack's own minutes, with a required reason. Only on a pack that is
 * not final yet; never takes held or already used minutes.
 */
export async function adjustPack(input: AdjustmentInput, at: Date): Promise<Result<{ packId: string }>> {
  const reason = input.reason.trim();
  if (reason.length < 3)
    return fail("invalid_input", "reason is required: say why the minutes change (3 characters or more).");
  if (!Number.isInteger(input.minutes) || input.minutes === 0) {
    return fail("invalid_hours", `minutes must be a whole number other than 0 (got ${input.minutes}).`);
  }
  if (!isUuid(input.packId)) return fail("not_found", "No such pack in this shop.");
  return inLedgerTransaction([input.shopId], async (sql) => {
    const shop = await shopContext(sql, input.shopId);
    if (!shop) return fail("not_found", "No such shop.");
    const { packs } = await applyTimeInTx(sql, shop, at);
    const pack = packs.find((p) => p.id === input.packId);
    if (!pack) return fail("not_found", "No such pack in this shop.");
    if (pack.settlement !== null || pack.outcome !== null) {
      return fail(
        "invalid_state",
        "This pack is final (settled or past its retention decision); adjust a current pack instead.",
      );
    }
    const free = pack.ownRemaining - pack.heldOwn;
    if (input.minutes < 0 && -input.minutes > free) {
      return fail(
        "invalid_hours",
        `Only ${free} unheld own minutes remain on this pack; take at most that many.`,
      );
    }
    const plan = {
      entries: [{ packId: pack.id, kind: "adjustment" as const, own: input.minutes, carried: 0 }],
    };
    applyPlan(packs, plan); // throws on anything inconsistent before a row is written
    await persistPlan(sql, packs, plan, { shopId: shop.id, at, note: reason });
    await applyTimeInTx(sql, shop, at);
    return { ok: true as const, packId: pack.id };
  });
}
