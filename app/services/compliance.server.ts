import prisma from "../db.server";
import { recordEventInTx, type WebhookEventRef } from "./webhook-events.server";

export type ComplianceTopic = "customers/data_request" | "customers/redact" | "shop/redact";

/** The placeholder a redacted shop's domain becomes: unique, and no shop's real domain. */
export function redactedDomain(shopId: string): string {
  return `redacted-${shopId}.invalid`;
}

/**
 * Handles a mandatory compliance webhook (docs/decisions/011-compliance-webhooks.md). We hold no
 * customer data, so customers/* are recorded and acknowledged. shop/redact removes the shop's
 * sessions, connections, connection requests, banner state and reminder email and anonymises its
 * domain, keeping the ledger's financial history (packs, entries, purchases, settlements) under the
 * shop's id.
 * Returns false for a repeated delivery, which changes nothing.
 */
export async function handleCompliance(
  domain: string,
  topic: ComplianceTopic,
  event: WebhookEventRef,
  at: Date,
): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const shop = await tx.shop.findUnique({ where: { domain }, select: { id: true } });
    if (topic === "shop/redact") await tx.session.deleteMany({ where: { shop: domain } });
    // A shop we never recorded (or one already redacted) holds nothing of ours.
    if (!shop) return true;
    if (!(await recordEventInTx(tx, shop.id, event, at))) return false;
    if (topic !== "shop/redact") return true;
    await tx.bannerDismissal.deleteMany({ where: { shopId: shop.id } });
    // The addresses the merchant typed to ask developers to connect.
    await tx.connectionRequest.deleteMany({ where: { shopId: shop.id } });
    await tx.shopDeveloper.updateMany({
      where: { shopId: shop.id, revokedAt: null },
      data: { revokedAt: at },
    });
    await tx.shop.update({
      where: { id: shop.id },
      data: {
        domain: redactedDomain(shop.id),
        shopifyGid: null,
        reminderEmail: null,
        redactedAt: at,
        uninstalledAt: at,
      },
    });
    return true;
  });
}
