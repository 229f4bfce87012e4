import { z } from "zod";
import { minutesToHours } from "../../ledger";
import prisma from "../../db.server";
import { env } from "../../env.server";
import type { AdminFor } from "../offline-admin.server";
import { expiringMessage, windowMessage } from "../banner.server";
import type { AdminGraphql } from "../shops.server";

/** The handle of extensions/support-hours-expiring (Flow finds the trigger by it). */
export const FLOW_TRIGGER_HANDLE = "support-hours-expiring";

// Shopify's documented mutation (Admin GraphQL 2026-10). Tests assert the exact text we send.
export const FLOW_TRIGGER_RECEIVE = `#graphql
  mutation FlowTriggerReceive($handle: String!, $payload: JSON!) {
    flowTriggerReceive(handle: $handle, payload: $payload) {
      userErrors {
        field
        message
      }
    }
  }`;

/** What the payload is built from: a recorded reminder and its shop. */
export interface FlowReminder {
  packId: string;
  threshold: string;
  minutes: number;
  expiresOn: string;
  daysLeft: number;
  buyBy: string | null;
  shopDomain: string;
  reminderEmail: string | null;
}

/** The app's page for a pack inside Shopify admin. */
export function packAdminUrl(shopDomain: string, packId: string): string {
  const store = shopDomain.replace(/\.myshopify\.com$/, "");
  return `https://admin.shopify.com/store/${store}/apps/${env.SHOPIFY_API_KEY}/app/packs/${packId}`;
}

/**
 * The trigger's payload. Its keys are the `key`s of the fields in
 * extensions/support-hours-expiring/shopify.extension.toml, which Flow shows to merchants.
 */
export function flowPayload(reminder: FlowReminder): Record<string, string | number> {
  const isWindow = reminder.threshold === "window";
  return {
    Reminder: isWindow
      ? "Retention window open"
      : `${reminder.threshold} ${reminder.threshold === "1" ? "day" : "days"} before expiry`,
    Message: isWindow
      ? windowMessage(reminder.minutes, reminder.expiresOn, reminder.buyBy ?? reminder.expiresOn)
      : expiringMessage(reminder.minutes, reminder.expiresOn),
    Hours: minutesToHours(reminder.minutes),
    "Expires on": reminder.expiresOn,
    "Days left": reminder.daysLeft,
    "Retention window ends on": reminder.buyBy ?? "",
    "App link": packAdminUrl(reminder.shopDomain, reminder.packId),
    "Reminder email": reminder.reminderEmail ?? "",
  };
}

const answerSchema = z.object({
  data: z.object({
    flowTriggerReceive: z.object({
      userErrors: z.array(z.object({ field: z.array(z.string()).nullish(), message: z.string() })),
    }),
  }),
});

/** Fires the trigger; throws with Shopify's message when it refuses or answers unreadably. */
export async function fireFlowTrigger(graphql: AdminGraphql, payload: Record<string, string | number>) {
  const response = await graphql(FLOW_TRIGGER_RECEIVE, {
    variables: { handle: FLOW_TRIGGER_HANDLE, payload },
  });
  const parsed = answerSchema.safeParse(await response.json());
  if (!parsed.success) throw new Error("Shopify's answer to flowTriggerReceive could not be read.");
  const { userErrors } = parsed.data.data.flowTriggerReceive;
  if (userErrors.length > 0) throw new Error(userErrors.map((e) => e.message).join(" "));
}

/** What became of one reminder's Flow call. */
export type FlowOutcome = "sent" | "uninstalled";

/**
 * Fires the Flow trigger for one recorded reminder. A shop that uninstalled the app (or was
 * redacted) can never receive it: nothing is called. Any failure throws, and the job is retried.
 */
export async function sendFlowReminder(
  shopId: string,
  reminderId: string,
  adminFor: AdminFor,
): Promise<FlowOutcome> {
  const reminder = await prisma.reminder.findUnique({
    where: { shopId_id: { shopId, id: reminderId } },
    include: {
      shop: {
        select: {
          domain: true,
          reminderEmail: true,
          contactEmail: true,
          uninstalledAt: true,
          redactedAt: true,
        },
      },
    },
  });
  if (!reminder || reminder.shop.uninstalledAt || reminder.shop.redactedAt) return "uninstalled";
  const graphql = await adminFor(reminder.shop.domain);
  await fireFlowTrigger(
    graphql,
    flowPayload({
      ...reminder,
      shopDomain: reminder.shop.domain,
      // Where the app's own reminder emails go: the Settings address, else the shop's email.
      reminderEmail: reminder.shop.reminderEmail ?? reminder.shop.contactEmail,
    }),
  );
  return "sent";
}
