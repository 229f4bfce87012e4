import { z } from "zod";
import prisma from "../db.server";
import { fail, type Result } from "../lib/result";
import { listShopDevelopers } from "./connections.server";
import { shopPreferences } from "./email/preferences.server";

/** What the Settings page shows: the time zone (Shopify's, read-only), emails, overruns, developers. */
export async function shopSettings(shopId: string) {
  const shop = await prisma.shop.findUniqueOrThrow({ where: { id: shopId } });
  return {
    timezone: shop.timezone,
    reminderEmail: shop.reminderEmail,
    contactEmail: shop.contactEmail,
    preferences: shopPreferences(shop),
    overrunTolerancePercent: shop.overrunTolerancePercent,
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
    .max(254, "Enter an email address of at most 254 characters, or leave it empty.")
    .transform((value) => (value === "" ? null : value.toLowerCase()))
    .pipe(z.email("Enter an email address like owner@example.com, or leave it empty.").nullable()),
});

export type ReminderPreferences = z.input<typeof reminderSchema>;

/** Stores a shop's reminder preferences, or says which field to fix. */
export async function updateReminders(
  shopId: string,
  input: ReminderPreferences,
): Promise<Result<object, "invalid_input">> {
  const parsed = reminderSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail("invalid_input", issue?.message ?? "Check the reminder settings.", {
      field: String(issue?.path[0] ?? "reminderEmail"),
    });
  }
  await prisma.shop.update({ where: { id: shopId }, data: parsed.data });
  return { ok: true };
}
