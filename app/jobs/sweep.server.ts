import { sweep } from "../services/sweep.server";
import type { Job } from "./types";

/** Records expiries, carry-overs and settlements that time has decided (POLICY.md). */
export const sweepJob: Job = {
  name: "sweep",
  leaseMs: 15 * 60_000,
  async run({ now, log, renew }) {
    const summary = await sweep(now(), {
      onShopFailure: (shopId, error) =>
        log({ level: "error", shopId, error: error instanceof Error ? error.message : String(error) }),
      afterBatch: renew,
    });
    return { ...summary };
  },
};
