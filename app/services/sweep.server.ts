import { applyTime, applyTimeToShops, type TimeApplied } from "./ledger/time.server";
import { shopsNeedingTime } from "./ledger/time.sql.server";

/** What one sweep recorded. */
export interface SweepSummary extends TimeApplied {
  shops: number;
  batches: number;
  failedShops: number;
}

export interface SweepOptions {
  batchSize?: number;
  /** Batches in flight at once (each is one transaction on its own connection). */
  concurrency?: number;
  /** Called for a shop whose time could not be applied, even alone. */
  onShopFailure?: (shopId: string, error: unknown) => void;
}

const ZERO: SweepSummary = {
  shops: 0,
  batches: 0,
  failedShops: 0,
  entries: 0,
  outcomes: 0,
  carryOvers: 0,
  settlements: 0,
};

function add(sum: SweepSummary, applied: TimeApplied) {
  sum.entries += applied.entries;
  sum.outcomes += applied.outcomes;
  sum.carryOvers += applied.carryOvers;
  sum.settlements += applied.settlements;
}

/**
 * Applies time at `at` to every shop that needs it, in batches of shops (one transaction each,
 * set-based writes). A batch that fails is retried shop by shop, so one bad shop is reported
 * through `onShopFailure` and the others are still recorded. Safe to run twice or at once:
 * applying time holds each shop's ledger lock and records what is already recorded nowhere.
 */
export async function sweep(at: Date, options: SweepOptions = {}): Promise<SweepSummary> {
  const { batchSize = 250, concurrency = 2 } = options;
  const shopIds = await shopsNeedingTime(at);
  const batches: string[][] = [];
  for (let i = 0; i < shopIds.length; i += batchSize) batches.push(shopIds.slice(i, i + batchSize));
  const summary: SweepSummary = { ...ZERO, shops: shopIds.length, batches: batches.length };
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const batch = batches[next++] as string[];
      try {
        add(summary, await applyTimeToShops(batch, at));
      } catch {
        for (const shopId of batch) {
          try {
            add(summary, (await applyTime(shopId, at)) ?? ZERO);
          } catch (error) {
            summary.failedShops += 1;
            options.onShopFailure?.(shopId, error);
          }
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return summary;
}
