import type { ExpiryNotice, WindowNotice } from "../../ledger";
import { balanceSummaries } from "../ledger/read.server";
import { connectedShops } from "./access.server";

/** How pressing a client is: 0 hours expired but still carryable, 1 hours expire within 30 days, 2 calm, 3 no hours. */
export type Urgency = 0 | 1 | 2 | 3;

/** One connected store as the Clients page shows it. */
export interface ClientRow {
  shopId: string;
  domain: string;
  availableMinutes: number;
  heldMinutes: number;
  nextExpiry: ExpiryNotice | null;
  /** Unused, unheld minutes expiring within 30 days. */
  atRiskMinutes: number;
  expiringSoon: ExpiryNotice[];
  openWindows: WindowNotice[];
  urgency: Urgency;
}

function urgencyOf(row: Omit<ClientRow, "urgency">): Urgency {
  if (row.openWindows.length > 0) return 0;
  if (row.atRiskMinutes > 0) return 1;
  return row.availableMinutes > 0 ? 2 : 3;
}

// Within one urgency, the nearest deadline first: the window's last day, or the soonest expiry.
function deadline(row: ClientRow): string {
  if (row.urgency === 0) return row.openWindows.map((w) => w.buyBy).sort()[0] ?? "";
  if (row.urgency === 1) return row.expiringSoon[0]?.expiresOn ?? "";
  return row.nextExpiry?.expiresOn ?? "9999-12-31";
}

/** Every store this developer is connected to, with its hours as of `at` (time applied in memory), most urgent first. */
export async function listClients(developerId: string, at: Date): Promise<ClientRow[]> {
  const shops = await connectedShops(developerId);
  const summaries = await balanceSummaries(
    shops.map((shop) => shop.id),
    at,
  );
  const rows: ClientRow[] = [];
  for (const shop of shops) {
    const summary = summaries.get(shop.id);
    if (!summary) continue;
    const base = {
      shopId: shop.id,
      domain: shop.domain,
      availableMinutes: summary.availableMinutes,
      heldMinutes: summary.heldMinutes,
      nextExpiry: summary.nextExpiry,
      atRiskMinutes: summary.expiringSoon.reduce((sum, notice) => sum + notice.minutes, 0),
      expiringSoon: summary.expiringSoon,
      openWindows: summary.openWindows,
    };
    rows.push({ ...base, urgency: urgencyOf(base) });
  }
  return rows.sort(
    (a, b) =>
      a.urgency - b.urgency || deadline(a).localeCompare(deadline(b)) || a.domain.localeCompare(b.domain),
  );
}
