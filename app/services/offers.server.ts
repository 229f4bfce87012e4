import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { findTier, type Tier } from "../ledger";
import { fail, type Result } from "../lib/result";

/** What an offer link carries: who sells which tier to which store, until when. */
export interface Offer {
  developerId: string;
  tier: Tier;
  shopDomain: string;
  expiresAt: Date;
}

export type OfferCheck = Result<{ offer: Offer }, "invalid_offer" | "expired_offer">;

interface Payload {
  d: string;
  t: string;
  s: string;
  e: number;
  n: string;
}

/** How long a new offer link stays valid unless the developer says otherwise. */
export const DEFAULT_OFFER_DAYS = 14;

function key(secret: string): Buffer {
  // A key of its own, derived from the app secret, so offer signatures never double as webhook HMACs.
  return createHmac("sha256", secret).update("support-packs/offer-link/v1").digest();
}

function sign(body: string, secret: string): string {
  return createHmac("sha256", key(secret)).update(body).digest("base64url");
}

/** Signs an offer as a URL-safe token. */
export function createOfferToken(offer: Omit<Offer, "tier"> & { tier: string }, secret: string): string {
  const payload: Payload = {
    d: offer.developerId,
    t: offer.tier,
    s: offer.shopDomain,
    e: Math.floor(offer.expiresAt.getTime() / 1000),
    n: randomBytes(6).toString("base64url"),
  };
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${body}.${sign(body, secret)}`;
}

/**
 * Checks an offer token's signature, expiry and store. A forged, altered, expired or other
 * store's token is refused with a message the catalog can show as it is.
 */
export function verifyOfferToken(token: string, shopDomain: string, secret: string, now: Date): OfferCheck {
  // The purchase form sends the token back as its `offer` field.
  const invalid = fail(
    "invalid_offer",
    "This offer link is not valid for this store. Ask your developer for a new link, or choose a pack below.",
    { field: "offer" },
  );
  const [body, signature, extra] = token.split(".");
  if (!body || !signature || extra !== undefined) return invalid;
  const expected = Buffer.from(sign(body, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return invalid;
  let payload: Payload;
  try {
    payload = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Payload;
  } catch {
    return invalid;
  }
  const tier = findTier(payload.t);
  if (!tier || payload.s !== shopDomain || typeof payload.d !== "string" || typeof payload.e !== "number")
    return invalid;
  const expiresAt = new Date(payload.e * 1000);
  if (now >= expiresAt) {
    return fail(
      "expired_offer",
      "This offer link has expired. Ask your developer for a new link, or choose a pack below.",
      { field: "offer" },
    );
  }
  return { ok: true, offer: { developerId: payload.d, tier, shopDomain, expiresAt } };
}
