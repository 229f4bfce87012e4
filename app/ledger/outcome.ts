import { isPastExpiry } from "./allocation";
import { CARRIED_WITHOUT_TARGET, invariant } from "./messages";
import { emit, packOf, type Workspace } from "./workspace";

/**
 * Moves a past-expiry pack's unheld minutes where its outcome sends them: carried-in minutes
 * expire; own minutes carry to `carriedOutToId` (outcome "carried"), expire (outcome "expired"),
 * or stay while the outcome is undecided. Does nothing before expiry.
 */
export function followOutcome(ws: Workspace, packId: string, at: Date, quoteId?: string): void {
  const pack = packOf(ws, packId);
  if (!isPastExpiry(pack, at)) return;
  const tag = quoteId === undefined ? {} : { quoteId };
  emit(ws, { packId, kind: "expiry", own: 0, carried: pack.carriedRemaining - pack.heldCarried, ...tag });
  const unheldOwn = pack.ownRemaining - pack.heldOwn;
  if (unheldOwn === 0 || pack.outcome === null) return;
  if (pack.outcome === "expired") {
    emit(ws, { packId, kind: "expiry", own: unheldOwn, carried: 0, ...tag });
    return;
  }
  const toId = pack.carriedOutToId;
  invariant(toId !== null, CARRIED_WITHOUT_TARGET, { packId });
  emit(ws, { packId, kind: "carry_out", own: unheldOwn, carried: 0, relatedPackId: toId, ...tag });
  emit(ws, { packId: toId, kind: "carry_in", own: 0, carried: unheldOwn, relatedPackId: packId, ...tag });
  // Carried-in minutes are valid until the receiver's own expiry; if that has passed they expire now.
  followOutcome(ws, toId, at, quoteId);
}
