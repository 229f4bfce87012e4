import prisma from "../../db.server";
import { isUuid } from "../../lib/ids";
import {
  DEVELOPER_PREFERENCES,
  MERCHANT_PREFERENCES,
  isDeveloperPreference,
  isMerchantPreference,
  type DeveloperPreference,
  type MerchantPreference,
  type Preference,
} from "./kinds";
import { addDeveloperOptOut } from "./preferences.sql.server";

/** Who an email goes to: a shop (the merchant) or a developer account. */
export type Recipient = { type: "shop"; id: string } | { type: "developer"; id: string };

/** Whether `preference` is a kind this recipient can have at all. */
export function appliesTo(recipient: Recipient, preference: string): preference is Preference {
  return recipient.type === "shop" ? isMerchantPreference(preference) : isDeveloperPreference(preference);
}

/** A shop's merchant preferences, on or off. */
export function shopPreferences(shop: Record<string, unknown>): Record<MerchantPreference, boolean> {
  return Object.fromEntries(
    Object.entries(MERCHANT_PREFERENCES).map(([kind, { column }]) => [kind, shop[column] !== false]),
  ) as Record<MerchantPreference, boolean>;
}

/** A developer's preferences, on or off (admins' kinds only for admins). */
export function developerPreferences(developer: { role: string; emailOptOuts: string[] }) {
  return (Object.keys(DEVELOPER_PREFERENCES) as DeveloperPreference[])
    .filter((kind) => developer.role === "admin" || !DEVELOPER_PREFERENCES[kind].admin)
    .map((kind) => ({
      kind,
      label: DEVELOPER_PREFERENCES[kind].label,
      on: !developer.emailOptOuts.includes(kind),
    }));
}

/** A developer's address and preferences, as the portal's Settings page shows them. */
export async function developerEmailSettings(developerId: string) {
  const developer = await prisma.developer.findUniqueOrThrow({
    where: { id: developerId },
    select: { email: true, role: true, emailOptOuts: true },
  });
  return { email: developer.email, preferences: developerPreferences(developer) };
}

/** Turns one kind off for one recipient (idempotent); false when the recipient does not exist. */
export async function turnOff(recipient: Recipient, preference: Preference): Promise<boolean> {
  if (!isUuid(recipient.id) || !appliesTo(recipient, preference)) return false;
  if (recipient.type === "shop") {
    const { column } = MERCHANT_PREFERENCES[preference as MerchantPreference];
    const changed = await prisma.shop.updateMany({ where: { id: recipient.id }, data: { [column]: false } });
    return changed.count === 1;
  }
  return addDeveloperOptOut(recipient.id, preference);
}

/**
 * Sets a developer's preferences from the kinds left on among those shown to them (portal
 * Settings); kinds their role does not get keep their setting.
 */
export async function setDeveloperPreferences(developerId: string, on: readonly string[]): Promise<void> {
  const developer = await prisma.developer.findUniqueOrThrow({
    where: { id: developerId },
    select: { role: true, emailOptOuts: true },
  });
  const shown = developerPreferences(developer).map((p) => p.kind);
  const off = [
    ...developer.emailOptOuts.filter((kind) => !shown.includes(kind as DeveloperPreference)),
    ...shown.filter((kind) => !on.includes(kind)),
  ];
  await prisma.developer.update({ where: { id: developerId }, data: { emailOptOuts: off } });
}
