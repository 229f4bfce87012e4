import { recordReminders } from "../services/reminders/record.server";
import type { TimeJob } from "./types";

/** Records the reminders due now, with their notifications, and queues their Flow calls and emails. */
export const remindersJob: TimeJob = {
  name: "reminders",
  async run({ now }) {
    return { ...(await recordReminders(now())) };
  },
};
