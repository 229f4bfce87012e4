import { render, toPlainText } from "@react-email/render";
import { z } from "zod";
import prisma from "../../db.server";
import { Layout } from "../../emails/layout";
import { COMPOSERS } from "./compose/index.server";
import type { Addressee } from "./compose/types";
import { DEVELOPER_PREFERENCES, MESSAGE_KINDS, type MessageKind, type Preference } from "./kinds";
import { merchantUrl, portalUrl } from "./links.server";
import { shopPreferences, type Recipient } from "./preferences.server";
import { sendEmail, type OutgoingEmail } from "./transport.server";
import { unsubscribeUrl } from "./unsubscribe.server";

/** An email job's payload: which message, to whom, about what. */
export const emailJob = z.object({
  kind: z.enum(Object.keys(MESSAGE_KINDS) as [MessageKind, ...MessageKind[]]),
  to: z.object({ type: z.enum(["shop", "developer"]), id: z.uuid() }),
  data: z.record(z.string(), z.unknown()),
});
export type EmailJob = z.infer<typeof emailJob>;

/**
 * What became of an email job: sent; not sent because the recipient turned the kind off, has no
 * address, or is gone (uninstalled, deactivated), or because what it was about no longer applies.
 */
export type EmailOutcome = "sent" | "off" | "no_address" | "gone";

type Resolved = { addressee: Addressee; on: boolean } | "gone" | "no_address";

async function resolve(recipient: Recipient, preference: Preference): Promise<Resolved> {
  if (recipient.type === "shop") {
    const shop = await prisma.shop.findUnique({ where: { id: recipient.id } });
    if (!shop || shop.uninstalledAt || shop.redactedAt) return "gone";
    const address = shop.reminderEmail ?? shop.contactEmail;
    if (!address) return "no_address";
    const on = shopPreferences(shop)[preference as keyof ReturnType<typeof shopPreferences>] ?? false;
    return {
      addressee: { recipient, address, name: shop.domain, timeZone: shop.timezone, shopDomain: shop.domain },
      on,
    };
  }
  const developer = await prisma.developer.findUnique({ where: { id: recipient.id } });
  if (!developer || developer.status !== "active") return "gone";
  const adminOnly = DEVELOPER_PREFERENCES[preference as keyof typeof DEVELOPER_PREFERENCES]?.admin ?? false;
  if (adminOnly && developer.role !== "admin") return "gone";
  return {
    addressee: {
      recipient,
      address: developer.email,
      name: developer.name,
      timeZone: "UTC",
      shopDomain: null,
    },
    on: !developer.emailOptOuts.includes(preference),
  };
}

/** Renders one message for its recipient: HTML and plain text from one template, and its headers. */
export async function composeEmail(
  job: EmailJob,
  now: Date,
): Promise<OutgoingEmail | Exclude<EmailOutcome, "sent">> {
  const preference = MESSAGE_KINDS[job.kind];
  const resolved = await resolve(job.to, preference);
  if (typeof resolved === "string") return resolved;
  if (!resolved.on) return "off";
  const { addressee } = resolved;
  const composed = await COMPOSERS[job.kind](job.data, addressee, now);
  if (!composed) return "gone";
  const unsubscribe = unsubscribeUrl(job.to, preference);
  const preferencesUrl = addressee.shopDomain
    ? merchantUrl(addressee.shopDomain, "/settings")
    : portalUrl("/developer/settings");
  const html = await render(
    <Layout
      preview={composed.subject}
      heading={composed.heading}
      footer={{ reason: composed.reason, unsubscribeUrl: unsubscribe, preferencesUrl }}
    >
      {composed.body}
    </Layout>,
  );
  return {
    to: addressee.address,
    subject: composed.subject,
    html,
    text: toPlainText(html),
    headers: {
      // RFC 8058: mail providers offer a one-click unsubscribe that POSTs to this URL.
      "List-Unsubscribe": `<${unsubscribe}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "Auto-Submitted": "auto-generated",
    },
  };
}

/** Sends one email job's message; throws (and the job is retried) when the SMTP server fails. */
export async function deliverEmail(payload: unknown, now: Date): Promise<EmailOutcome> {
  const email = await composeEmail(emailJob.parse(payload), now);
  if (typeof email === "string") return email;
  await sendEmail(email);
  return "sent";
}
