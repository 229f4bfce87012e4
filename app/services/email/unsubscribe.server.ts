import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import prisma from "../../db.server";
import { env } from "../../env.server";
import {
  DEVELOPER_PREFERENCES,
  MERCHANT_PREFERENCES,
  type DeveloperPreference,
  type MerchantPreference,
  type Preference,
} from "./kinds";
import { appliesTo, turnOff, type Recipient } from "./preferences.server";

/** What a valid unsubscribe link stands for: one kind, for one recipient. */
export interface Unsubscribe {
  recipient: Recipient;
  preference: Preference;
}

// Derived from the app's client secret (docs/decisions/062): no new secret to keep, and the
// label keeps these signatures apart from every other use of it.
function key(): Buffer {
  return Buffer.from(
    hkdfSync("sha256", env.SHOPIFY_API_SECRET, "", "support-packs/email-unsubscribe/v1", 32),
  );
}

function sign(text: string): Buffer {
  return createHmac("sha256", key()).update(text).digest();
}

/** The token of a link that turns `preference` off for `recipient`, without logging in. */
export function unsubscribeToken(recipient: Recipient, preference: Preference): string {
  const text = `${recipient.type}:${recipient.id}:${preference}`;
  return `${Buffer.from(text).toString("base64url")}.${sign(text).toString("base64url")}`;
}

/** The page a link opens (GET shows a button; POST, RFC 8058's one-click, turns the kind off). */
export function unsubscribeUrl(recipient: Recipient, preference: Preference): string {
  return new URL(`/email/unsubscribe/${unsubscribeToken(recipient, preference)}`, env.SHOPIFY_APP_URL).href;
}

/** What a token stands for, or null when it is malformed or its signature is not ours. */
export function readUnsubscribeToken(token: string): Unsubscribe | null {
  const [body, signature, ...rest] = token.split(".");
  if (!body || !signature || rest.length > 0 || token.length > 300) return null;
  const text = Buffer.from(body, "base64url").toString();
  const given = Buffer.from(signature, "base64url");
  const expected = sign(text);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const [type, id, preference] = text.split(":");
  if ((type !== "shop" && type !== "developer") || !id || !preference) return null;
  const recipient: Recipient = { type, id };
  return appliesTo(recipient, preference) ? { recipient, preference } : null;
}

/** What an unsubscribe page shows: the kind, in words, and whose email it is about. */
export async function describeUnsubscribe(token: string) {
  const found = readUnsubscribeToken(token);
  if (!found) return null;
  const { recipient, preference } = found;
  const label =
    recipient.type === "shop"
      ? MERCHANT_PREFERENCES[preference as MerchantPreference].label
      : DEVELOPER_PREFERENCES[preference as DeveloperPreference].label;
  const who =
    recipient.type === "shop"
      ? (await prisma.shop.findUnique({ where: { id: recipient.id }, select: { domain: true } }))?.domain
      : (await prisma.developer.findUnique({ where: { id: recipient.id }, select: { email: true } }))?.email;
  return who ? { ...found, label, who } : null;
}

/** Turns the link's kind off (RFC 8058 one-click, or the page's button); false for a bad link. */
export async function unsubscribe(token: string): Promise<boolean> {
  const found = readUnsubscribeToken(token);
  return found ? turnOff(found.recipient, found.preference) : false;
}
