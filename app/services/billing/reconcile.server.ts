import prisma from "../../db.server";
import { offlineAdmin, type AdminFor } from "../offline-admin.server";
import { readOneTimePurchase } from "./admin-purchases.server";
import { recordPurchaseStatus } from "./purchases.server";

export interface ReconcileSummary {
  checked: number;
  credited: number;
  closed: number;
  stillPending: number;
  failures: { shop: string; message: string }[];
}

export type { AdminFor };

/**
 * Re-reads every purchase still pending (of one shop, or of all installed shops) from Shopify and
 * applies what it says, exactly as the return page and the webhook would. A lost or late webhook
 * thus changes nothing about the outcome, only when it is known. Failures are per shop: one
 * shop's error never stops the others.
 */
export async function reconcilePendingPurchases(
  scope: { shopId: string } | "all",
  now: Date,
  adminFor: AdminFor = offlineAdmin,
): Promise<ReconcileSummary> {
  const pending = await prisma.appPurchase.findMany({
    where: {
      status: "PENDING",
      ...(scope === "all" ? {} : { shopId: scope.shopId }),
      shop: { uninstalledAt: null, redactedAt: null },
    },
    include: { shop: { select: { domain: true } } },
    orderBy: { purchasedAt: "asc" },
  });
  const summary: ReconcileSummary = { checked: 0, credited: 0, closed: 0, stillPending: 0, failures: [] };
  const byShop = new Map<string, typeof pending>();
  for (const purchase of pending)
    byShop.set(purchase.shop.domain, [...(byShop.get(purchase.shop.domain) ?? []), purchase]);
  for (const [domain, purchases] of byShop) {
    try {
      const graphql = await adminFor(domain);
      for (const purchase of purchases) {
        const found = await readOneTimePurchase(graphql, purchase.shopifyPurchaseId);
        summary.checked += 1;
        if (!found) {
          summary.failures.push({
            shop: domain,
            message: `Shopify does not know ${purchase.shopifyPurchaseId}.`,
          });
          continue;
        }
        const result = await recordPurchaseStatus(
          purchase.shopId,
          { shopifyPurchaseId: found.id, status: found.status },
          now,
        );
        const status = result.ok ? result.purchase?.status : undefined;
        if (status === "ACTIVE") summary.credited += 1;
        else if (status === "DECLINED" || status === "EXPIRED") summary.closed += 1;
        else summary.stillPending += 1;
      }
    } catch (error) {
      summary.failures.push({
        shop: domain,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return summary;
}
