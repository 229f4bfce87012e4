import type { Failure, TierId } from "./types";

export interface Tier {
  id: TierId;
  hours: number;
  minutes: number;
  pricePerHourCents: number;
  priceCents: number;
  currencyCode: "USD";
  /** Shown in the merchant's catalog; unlisted tiers are sold by offer link only. */
  listed: boolean;
  /** Shopify one-time billing plan name. */
  billingPlan: string;
}

function tier(id: TierId, hours: number, pricePerHourCents: number, listed: boolean): Tier {
  return {
    id,
    hours,
    minutes: hours * 60,
    pricePerHourCents,
    priceCents: hours * pricePerHourCents,
    currencyCode: "USD",
    listed,
    billingPlan: `${hours} hour pack`,
  };
}

/** Every tier, smallest first. */
export const TIERS: readonly Tier[] = [
  tier("10h", 10, 9_500, false),
  tier("25h", 25, 9_000, true),
  tier("50h", 50, 8_500, true),
  tier("75h", 75, 8_000, true),
];

/** The tier with this id, or undefined. */
export function findTier(id: string): Tier | undefined {
  return TIERS.find((t) => t.id === id);
}

/** The tier with this id, or an `unknown_pack_tier` failure naming the valid ids. */
export function parseTier(id: string): { ok: true; tier: Tier } | Failure<"unknown_pack_tier"> {
  const found = findTier(id);
  if (found) return { ok: true, tier: found };
  return {
    ok: false,
    code: "unknown_pack_tier",
    message: `There is no "${id}" pack. Choose one of ${TIERS.map((t) => t.id).join(", ")}.`,
  };
}

/** Tiers shown in the merchant's catalog. */
export function listedTiers(): Tier[] {
  return TIERS.filter((t) => t.listed);
}

/** The tier sold under this Shopify billing plan name, or undefined. */
export function tierByPlan(name: string): Tier | undefined {
  return TIERS.find((t) => t.billingPlan === name);
}

/**
 * The packs a merchant would buy to cover `minutes`: the smallest listed pack that covers them
 * alone, or as many of the largest as needed plus the smallest listed pack for the rest.
 */
export function packsCovering(minutes: number): Tier[] {
  const listed = listedTiers();
  const largest = listed[listed.length - 1]!;
  const packs: Tier[] = [];
  let left = minutes;
  while (left > largest.minutes) {
    packs.push(largest);
    left -= largest.minutes;
  }
  if (left > 0) packs.push(listed.find((t) => t.minutes >= left) ?? largest);
  return packs;
}

/** Packs named for a sentence: "a 25 h pack", "2 × 75 h packs and a 25 h pack". */
export function describePacks(packs: readonly Tier[]): string {
  const counts = new Map<Tier, number>();
  for (const pack of packs) counts.set(pack, (counts.get(pack) ?? 0) + 1);
  const parts = [...counts].map(([tier, n]) =>
    n === 1 ? `a ${tier.hours} h pack` : `${n} × ${tier.hours} h packs`,
  );
  return parts.length <= 1
    ? (parts[0] ?? "")
    : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/**
 * What to buy for `minutes` that are missing, naming the smallest listed packs that cover them:
 * "Buy a 25 h pack", "Buy 5 × 75 h packs and a 50 h pack" (never just "a pack" when one is too small).
 */
export function buyToCover(minutes: number): string {
  return `Buy ${describePacks(packsCovering(minutes))}`;
}
