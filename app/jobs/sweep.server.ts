import { sweep } from "../services/sweep.server";
import { errorMessage } from "./log.server";
import type { TimeJob } from "./types";

/** Records expiries, carry-overs and settlements that time has decided (POLICY.md). */
export const sweepJob: TimeJob = {
  name: "sweep",
  async run({ now, log }) {
    const summary = await sweep(now(), {
      onShopFailure: (shopId, error) =>
        log({ level: "error", job: "sweep", shopId, error: errorMessage(error) }),
    });
    return { ...summary };
  },
};
