import { z } from "zod";
import prisma from "../../../db.server";
import { ClientReminderEmail, MerchantReminderEmail, type ReminderFacts } from "../../../emails/reminders";
import { expiringMessage, windowMessage } from "../../banner.server";
import { merchantUrl, portalUrl } from "../links.server";
import type { Composer } from "./types";
import { day, hours } from "../../../lib/format";

const reminderData = z.object({ shopId: z.uuid(), reminderId: z.uuid() });

async function loadReminder(raw: Record<string, unknown>) {
  const { shopId, reminderId } = reminderData.parse(raw);
  const reminder = await prisma.reminder.findUnique({
    where: { shopId_id: { shopId, id: reminderId } },
    include: { shop: { select: { domain: true, uninstalledAt: true, redactedAt: true } } },
  });
  if (!reminder || reminder.shop.uninstalledAt || reminder.shop.redactedAt) return null;
  const window = reminder.threshold === "window";
  const facts: ReminderFacts = {
    message: window
      ? windowMessage(reminder.minutes, reminder.expiresOn, reminder.buyBy ?? reminder.expiresOn)
      : expiringMessage(reminder.minutes, reminder.expiresOn),
    hours: hours(reminder.minutes),
    expiresOn: day(reminder.expiresOn, { year: true }),
    buyBy: window && reminder.buyBy ? day(reminder.buyBy, { year: true }) : null,
  };
  const subject = facts.buyBy
    ? `${facts.hours} of support expired on ${facts.expiresOn}: buy a pack by ${facts.buyBy} to keep them`
    : `${facts.hours} of support expire on ${facts.expiresOn}`;
  return { reminder, facts, subject, store: reminder.shop.domain };
}

/** To the merchant (expiry_reminder and window_reminder). */
export const merchantReminder: Composer = async (raw) => {
  const loaded = await loadReminder(raw);
  if (!loaded) return null;
  const { reminder, facts, store } = loaded;
  return {
    subject: loaded.subject,
    heading: facts.buyBy ? "Keep your expired hours" : "Your support hours expire soon",
    body: (
      <MerchantReminderEmail
        {...facts}
        packUrl={merchantUrl(store, `/packs/${reminder.packId}`)}
        buyUrl={merchantUrl(store, "/packs")}
      />
    ),
    reason: `You get this because ${store} has Support Packs reminders on.`,
  };
};

/** To a developer working for the store. */
export const clientReminder: Composer = async (raw) => {
  const loaded = await loadReminder(raw);
  if (!loaded) return null;
  const { reminder, facts, store } = loaded;
  return {
    subject: `${store}: ${loaded.subject}`,
    heading: facts.buyBy ? "A client can still keep expired hours" : "A client's hours expire soon",
    body: (
      <ClientReminderEmail
        {...facts}
        store={store}
        storeUrl={portalUrl(`/developer/stores/${reminder.shopId}`)}
      />
    ),
    reason: `You get this because you work for ${store} on Support Packs.`,
  };
};
