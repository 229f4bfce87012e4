import { recordReminders } from "../services/reminders/record.server";
import type { Job } from "./types";

/** Records the reminders due now, with their developer notifications and outbox deliveries. */
export const remindersJob: Job = {
  name: "reminders",
  leaseMs: 15 * 60_000,
  async run({ now, renew }) {
    return { ...(await recordReminders(now(), { afterBatch: renew })) };
  },
};
