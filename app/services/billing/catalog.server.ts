import { listedTiers, type Tier } from "../../ledger";
import prisma from "../../db.server";
import { env } from "../../env.server";
import { verifyOfferToken } from "../offers.server";

export interface CatalogTier {
  id: string;
  hours: number;
  pricePerHourCents: number;
  priceCents: number;
  listed: boolean;
}

export interface Catalog {
  tiers: CatalogTier[];
  /** The tier an offer link preselects, and who offers it. */
  offer: { tier: string; developerName: string; token: string } | null;
  /** Why an offer link was refused; the normal catalog is shown. */
  offerError: string | null;
}

const view = (tier: Tier): CatalogTier => ({
  id: tier.id,
  hours: tier.hours,
  pricePerHourCents: tier.pricePerHourCents,
  priceCents: tier.priceCents,
  listed: tier.listed,
});

/**
 * The catalog for a shop: the listed tiers, plus the offered tier (even an unlisted one) when an
 * offer link for this store is valid. A bad or expired link gives its message and the normal catalog.
 */
export async function catalogFor(shopDomain: string, offerToken: string | null, now: Date): Promise<Catalog> {
  const tiers = listedTiers().map(view);
  if (!offerToken) return { tiers, offer: null, offerError: null };
  const check = verifyOfferToken(offerToken, shopDomain, env.SHOPIFY_API_SECRET, now);
  if (!check.ok) return { tiers, offer: null, offerError: check.message };
  const developer = await prisma.developer.findUnique({ where: { id: check.offer.developerId } });
  if (!developer)
    return {
      tiers,
      offer: null,
      offerError: "This offer link's developer no longer exists. Choose a pack below.",
    };
  const offered = check.offer.tier;
  const all = offered.listed ? tiers : [view(offered), ...tiers];
  return {
    tiers: all,
    offer: { tier: offered.id, developerName: developer.name, token: offerToken },
    offerError: null,
  };
}
