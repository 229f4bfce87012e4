import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import {
  INVITE_TTL_MS,
  describeToken,
  inviteDeveloper,
  issuePasswordReset,
  setPasswordWithToken,
} from "~/services/developers/accounts.server";
import { hashToken } from "~/services/developers/crypto.server";
import { findSession } from "~/services/developers/sessions.server";
import { PASSWORD, makeDeveloper, uniqueEmail } from "../../support/portal";

const now = new Date("2026-06-01T12:00:00Z");
const tokenOf = (link: string) => link.split("/").pop()!;
const setPassword = (token: string, at = now) =>
  setPasswordWithToken({ token, password: PASSWORD, confirmation: PASSWORD }, at);

describe("invites", () => {
  test("an invite stores only the token's hash and links to the portal", async () => {
    const invited = await inviteDeveloper({ email: ` ${uniqueEmail().toUpperCase()} ` }, now);
    if (!invited.ok) throw new Error(invited.message);
    expect(invited.link).toMatch(/^https:\/\/my-test-app\.myshopify\.io\/developer\/password\/[\w-]{43}$/);
    expect(invited.developer.email).toBe(invited.developer.email.toLowerCase().trim());
    const token = tokenOf(invited.link);
    const row = await prisma.developerToken.findFirstOrThrow({
      where: { developerId: invited.developer.id },
    });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(row.tokenHash).not.toContain(token);
    expect(row.expiresAt.getTime() - now.getTime()).toBe(INVITE_TTL_MS);
  });

  test("an invite link works once: the second use is refused", async () => {
    const invited = await inviteDeveloper({ email: uniqueEmail() }, now);
    if (!invited.ok) throw new Error(invited.message);
    const token = tokenOf(invited.link);
    expect(await setPassword(token)).toMatchObject({ ok: true });
    expect(await setPassword(token)).toMatchObject({ ok: false, code: "invalid_token" });
    expect(await describeToken(token, now)).toMatchObject({ ok: false, code: "invalid_token" });
  });

  test("an invite link expires after 7 days", async () => {
    const invited = await inviteDeveloper({ email: uniqueEmail() }, now);
    if (!invited.ok) throw new Error(invited.message);
    const token = tokenOf(invited.link);
    const late = new Date(now.getTime() + INVITE_TTL_MS);
    expect(await describeToken(token, new Date(late.getTime() - 1))).toMatchObject({
      ok: true,
      purpose: "invite",
    });
    expect(await setPassword(token, late)).toMatchObject({ ok: false, code: "invalid_token" });
    const developer = await prisma.developer.findUniqueOrThrow({ where: { id: invited.developer.id } });
    expect(developer.passwordHash).toBeNull();
  });

  test("a new invite replaces the earlier link", async () => {
    const email = uniqueEmail();
    const first = await inviteDeveloper({ email }, now);
    const second = await inviteDeveloper({ email }, now);
    if (!first.ok || !second.ok) throw new Error("invite failed");
    expect(await setPassword(tokenOf(first.link))).toMatchObject({ code: "invalid_token" });
    expect(await setPassword(tokenOf(second.link))).toMatchObject({ ok: true });
  });

  test("inviting an account that is not set up yet reuses its row", async () => {
    const email = uniqueEmail();
    const row = await prisma.developer.create({ data: { email, name: "Ada" } });
    const invited = await inviteDeveloper({ email }, now);
    expect(invited).toMatchObject({ ok: true, developer: { id: row.id, name: "Ada" } });
  });

  test("the password is stored as argon2id with OWASP parameters, and short passwords are refused", async () => {
    const invited = await inviteDeveloper({ email: uniqueEmail() }, now);
    if (!invited.ok) throw new Error(invited.message);
    const token = tokenOf(invited.link);
    expect(
      await setPasswordWithToken({ token, password: "short", confirmation: "short" }, now),
    ).toMatchObject({ code: "invalid_input" });
    expect(await setPassword(token)).toMatchObject({ ok: true });
    const developer = await prisma.developer.findUniqueOrThrow({ where: { id: invited.developer.id } });
    expect(developer.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  test("inviting an account that is already set up is refused with what to do instead", async () => {
    const dev = await makeDeveloper();
    expect(await inviteDeveloper({ email: dev.email }, now)).toMatchObject({
      ok: false,
      code: "conflict",
      message: expect.stringMatching(/password reset link/),
    });
  });
});

describe("password reset", () => {
  test("a company-issued reset link sets a new password and ends every other session", async () => {
    const dev = await makeDeveloper();
    const reset = await issuePasswordReset(dev.id, new Date());
    if (!reset.ok) throw new Error(reset.message);
    const result = await setPasswordWithToken(
      {
        token: tokenOf(reset.link),
        password: "a brand new passphrase",
        confirmation: "a brand new passphrase",
      },
      new Date(),
    );
    if (!result.ok) throw new Error(result.message);
    expect(await findSession(dev.sessionToken, new Date())).toBeNull();
    expect(await findSession(result.sessionToken, new Date())).not.toBeNull();
    expect(await prisma.developerSession.count({ where: { developerId: dev.id } })).toBe(1);
  });

  test("a reset link of a deactivated account does not work", async () => {
    const dev = await makeDeveloper();
    const reset = await issuePasswordReset(dev.id, new Date());
    if (!reset.ok) throw new Error(reset.message);
    await prisma.developer.update({ where: { id: dev.id }, data: { status: "deactivated" } });
    expect(await setPassword(tokenOf(reset.link), new Date())).toMatchObject({ code: "invalid_token" });
  });
});
