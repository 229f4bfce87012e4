import { describe, expect, test } from "vitest";
import { createOfferToken, verifyOfferToken } from "~/services/offers.server";

const secret = "app-secret";
const now = new Date("2026-03-01T12:00:00Z");
const offer = {
  developerId: "5b0f9c7e-0000-4000-8000-000000000001",
  tier: "10h",
  shopDomain: "a.myshopify.com",
  expiresAt: new Date("2026-03-15T12:00:00Z"),
};

describe("offer links", () => {
  test("a signed offer verifies for its store with the tier preselected", () => {
    const result = verifyOfferToken(createOfferToken(offer, secret), "a.myshopify.com", secret, now);
    expect(result.ok && result.offer.tier.id).toBe("10h");
    expect(result.ok && result.offer.developerId).toBe(offer.developerId);
  });

  test("an offer is refused one second after it expires, not before", () => {
    const token = createOfferToken(offer, secret);
    expect(verifyOfferToken(token, "a.myshopify.com", secret, new Date("2026-03-15T11:59:59Z")).ok).toBe(
      true,
    );
    const late = verifyOfferToken(token, "a.myshopify.com", secret, new Date("2026-03-15T12:00:00Z"));
    expect(late).toMatchObject({ ok: false, code: "expired_offer" });
  });

  test("another store, another secret or an altered token is invalid", () => {
    const token = createOfferToken(offer, secret);
    expect(verifyOfferToken(token, "b.myshopify.com", secret, now)).toMatchObject({ code: "invalid_offer" });
    expect(verifyOfferToken(token, "a.myshopify.com", "other", now)).toMatchObject({ code: "invalid_offer" });
    const [body, signature] = token.split(".");
    const altered = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(body!, "base64url").toString()), t: "75h" }),
    );
    expect(
      verifyOfferToken(`${altered.toString("base64url")}.${signature}`, "a.myshopify.com", secret, now),
    ).toMatchObject({
      code: "invalid_offer",
    });
    expect(verifyOfferToken("garbage", "a.myshopify.com", secret, now)).toMatchObject({
      code: "invalid_offer",
    });
  });
});
