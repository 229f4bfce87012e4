import { z } from "zod";
import prisma from "../db.server";
import { listShopDevelopers } from "./connections.server";
import { shopPreferences } from "./email/preferences.server";

/** What the Settings page shows: the time zone (Shopify's, read-only), emails, developers. */
export async function shopSettings(shopId: string) {
  const shop = await prisma.shop.findUniqueOrThrow({ where: { id: shopId } });
  return {
    timezone: shop.timezone,
    reminderEmail: shop.reminderEmail,
    contactEmail: shop.contactEmail,
    preferences: shopPreferences(shop),
    developers: await listShopDevelopers(shopId),
  };
}

export const reminderSchema = z.object({
  remindBeforeExpiry: z.boolean(),
  remindDuringWindow: z.boolean(),
  emailQuoteWaiting: z.boolean().optional(),
  emailOverrunWaiting: z.boolean().optional(),
  emailPurchaseCredited: z.boolean().optional(),
  reminderEmail: z
    .string()
    .trim()
    .transform((value) => (value === "" ? null : value.toLowerCase()))
    .pipe(z.email("Enter an email address like owner@example.com, or leave it empty.").nullable()),
});

export type ReminderPreferences = z.input<typeof reminderSchema>;

/** Stores a shop's reminder preferences, or says which field to fix. */
export async function updateReminders(
  shopId: string,
  input: ReminderPreferences,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const parsed = reminderSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, message: parsed.error.issues[0]?.message ?? "Check the reminder settings." };
  await prisma.shop.update({ where: { id: shopId }, data: parsed.data });
  return { ok: true };
}
