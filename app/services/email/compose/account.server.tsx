import { z } from "zod";
import prisma from "../../../db.server";
import { InviteEmail, PasswordResetEmail } from "../../../emails/account";
import { hashToken } from "../../developers/crypto.server";
import type { Composer } from "./types";
import { dateTimeOf } from "../../../lib/format";

const linkData = z.object({ link: z.url(), expiresAt: z.iso.datetime() });

/** A link is sent only while it still works: not used, not replaced by a newer one, not expired. */
async function stillValid(link: string, now: Date): Promise<boolean> {
  const token = new URL(link).pathname.split("/").pop() ?? "";
  const row = await prisma.developerToken.findUnique({ where: { tokenHash: hashToken(token) } });
  return Boolean(row && !row.usedAt && row.expiresAt > now);
}

export const invite: Composer = async (raw, to, now) => {
  const { link, expiresAt } = linkData.parse(raw);
  if (!(await stillValid(link, now))) return null;
  return {
    subject: "Your invitation to the Support Packs developer portal",
    heading: "Set up your developer account",
    body: (
      <InviteEmail name={to.name} link={link} validUntil={dateTimeOf(new Date(expiresAt), to.timeZone)} />
    ),
    reason: `You get this because the company invited ${to.address} to its developer portal.`,
  };
};

export const passwordReset: Composer = async (raw, to, now) => {
  const { link, expiresAt } = linkData.parse(raw);
  if (!(await stillValid(link, now))) return null;
  return {
    subject: "Choose a new password for the Support Packs developer portal",
    heading: "Choose a new password",
    body: (
      <PasswordResetEmail
        name={to.name}
        link={link}
        validUntil={dateTimeOf(new Date(expiresAt), to.timeZone)}
      />
    ),
    reason: "You get this because the company issued a password link for your developer account.",
  };
};
