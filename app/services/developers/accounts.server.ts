import type { Developer } from "@prisma/client";
import { z } from "zod";
import prisma from "../../db.server";
import { env } from "../../env.server";
import { queueEmails } from "../email/queue.sql.server";
import { prismaSql, type Tx } from "../../lib/sql.server";
import { hashToken, newToken, normalizeEmail } from "./crypto.server";
import { hashPassword, passwordProblem } from "./passwords.server";
import { createSessionInTx } from "./sessions.server";
import { fail, notYours, type Result } from "../../lib/result";

export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const RESET_TTL_MS = 24 * 60 * 60 * 1000;

export type TokenPurpose = "invite" | "reset";

/** The single-use link a developer opens to set a password. */
export function passwordLink(token: string): string {
  return new URL(`/developer/password/${token}`, env.SHOPIFY_APP_URL).toString();
}

interface IssuedLink {
  developer: Developer;
  link: string;
  expiresAt: Date;
  /** Whether the link was also queued to the developer's mailbox (email on, ADR 063). */
  emailed: boolean;
}

const emailSchema = z.email();

/**
 * Invites a developer by email, for the company only (console, `npm run ops`): creates the account,
 * or takes one it invited earlier that is not set up yet, and returns a fresh single-use link,
 * replacing earlier ones. Never reachable from the merchant app (docs/decisions/050).
 */
export async function inviteDeveloper(
  input: { email: string; name?: string; role?: "developer" | "admin" },
  now: Date,
): Promise<Result<IssuedLink>> {
  const email = normalizeEmail(input.email);
  if (!emailSchema.safeParse(email).success)
    return fail("invalid_input", "This is not an email address. Check it and try again.", { field: "email" });
  const name = input.name?.trim() || email.split("@")[0]!;
  return prisma.$transaction(async (tx) => {
    const existing = await tx.developer.findUnique({ where: { email } });
    if (existing?.passwordHash) {
      return fail(
        "conflict",
        `${email} already has an account. Issue a password reset link from the developers list instead.`,
        { field: "email" },
      );
    }
    if (existing?.status === "deactivated") {
      return fail("invalid_state", `${email} is deactivated. Reactivate the account first.`, {
        field: "email",
      });
    }
    const developer = existing
      ? await tx.developer.update({
          where: { id: existing.id },
          data: { ...(input.role ? { role: input.role } : {}), ...(input.name?.trim() ? { name } : {}) },
        })
      : await tx.developer.create({ data: { email, name, role: input.role ?? "developer", createdAt: now } });
    const issued = await issueToken(tx, developer.id, "invite", now);
    return { ok: true, developer, ...issued };
  });
}

/** Issues a company-made password reset link (an invite link when no password was ever set). */
export async function issuePasswordReset(developerId: string, now: Date): Promise<Result<IssuedLink>> {
  return prisma.$transaction(async (tx) => {
    const developer = await tx.developer.findUnique({ where: { id: developerId } });
    if (!developer) return notYours("developer", "developerId");
    if (developer.status !== "active")
      return fail("invalid_state", `${developer.email} is deactivated. Reactivate the account first.`);
    const purpose: TokenPurpose = developer.passwordHash ? "reset" : "invite";
    return { ok: true, developer, ...(await issueToken(tx, developer.id, purpose, now)) };
  });
}

async function issueToken(tx: Tx, developerId: string, purpose: TokenPurpose, now: Date) {
  // A new link replaces every earlier unused one.
  await tx.developerToken.updateMany({
    where: { developerId, usedAt: null, expiresAt: { gt: now } },
    data: { expiresAt: now },
  });
  const token = newToken();
  const expiresAt = new Date(now.getTime() + (purpose === "invite" ? INVITE_TTL_MS : RESET_TTL_MS));
  await tx.developerToken.create({
    data: { developerId, purpose, tokenHash: hashToken(token), expiresAt, createdAt: now },
  });
  const link = passwordLink(token);
  // Queued with the token: a rolled-back issue sends nothing, and a newer link replaces this
  // email while it still waits (one key per developer).
  const queued = await queueEmails(prismaSql(tx), [
    {
      kind: purpose === "invite" ? "invite" : "password_reset",
      to: { type: "developer", id: developerId },
      data: { link, expiresAt: expiresAt.toISOString() },
      about: "link",
    },
  ]);
  return { link, expiresAt, emailed: queued > 0 };
}

const INVALID_LINK =
  "This link has expired or was already used. Ask the company for a new link (invite links last 7 days).";

/** Who a password link is for, while it is still usable. */
export async function describeToken(
  token: string,
  now: Date,
): Promise<Result<{ purpose: TokenPurpose; email: string; name: string }>> {
  const row = await prisma.developerToken.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { developer: true },
  });
  if (!row || row.usedAt || row.expiresAt <= now || row.developer.status !== "active")
    return fail("invalid_token", INVALID_LINK);
  return {
    ok: true,
    purpose: row.purpose as TokenPurpose,
    email: row.developer.email,
    name: row.developer.name,
  };
}

/**
 * Sets a password through a single-use link, ends every other session of the developer, and logs
 * them in: returns the new session's token.
 */
export async function setPasswordWithToken(
  input: { token: string; password: string; confirmation: string },
  now: Date,
): Promise<Result<{ sessionToken: string }>> {
  const problem = passwordProblem(input.password, input.confirmation);
  if (problem) {
    // A password fine on its own is refused only for its confirmation.
    const field = passwordProblem(input.password, input.password) ? "password" : "confirmation";
    return fail("invalid_input", problem, { field });
  }
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    const row = await tx.developerToken.findUnique({
      where: { tokenHash: hashToken(input.token) },
      include: { developer: true },
    });
    if (!row || row.developer.status !== "active") return fail("invalid_token", INVALID_LINK);
    // Guarded: of two concurrent uses of one link, exactly one wins.
    const used = await tx.developerToken.updateMany({
      where: { id: row.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (used.count !== 1) return fail("invalid_token", INVALID_LINK);
    await tx.developer.update({ where: { id: row.developerId }, data: { passwordHash } });
    await tx.developerSession.deleteMany({ where: { developerId: row.developerId } });
    await tx.developerToken.updateMany({
      where: { developerId: row.developerId, usedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    return { ok: true, sessionToken: await createSessionInTx(tx, row.developerId, now) };
  });
}
