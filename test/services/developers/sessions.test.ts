import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { hashToken } from "~/services/developers/crypto.server";
import { SESSION_IDLE_MS, SESSION_MAX_MS, findSession } from "~/services/developers/sessions.server";
import { makeDeveloper } from "../../support/portal";

describe("portal sessions", () => {
  test("only the token's hash is stored, and a session ends after 8 idle hours", async () => {
    const dev = await makeDeveloper();
    const row = await prisma.developerSession.findUniqueOrThrow({
      where: { tokenHash: hashToken(dev.sessionToken) },
    });
    expect(row.tokenHash).not.toBe(dev.sessionToken);
    const start = row.createdAt.getTime();
    expect(await findSession(dev.sessionToken, new Date(start + SESSION_IDLE_MS - 1000))).not.toBeNull();
    // That request extended the idle deadline.
    expect(await findSession(dev.sessionToken, new Date(start + SESSION_IDLE_MS + 1000))).not.toBeNull();
    expect(await findSession(dev.sessionToken, new Date(start + 3 * SESSION_IDLE_MS))).toBeNull();
  });

  test("a session in use still ends 7 days after login", async () => {
    const dev = await makeDeveloper();
    const row = await prisma.developerSession.findUniqueOrThrow({
      where: { tokenHash: hashToken(dev.sessionToken) },
    });
    let t = row.createdAt.getTime();
    while (t < row.createdAt.getTime() + SESSION_MAX_MS - SESSION_IDLE_MS) {
      t += SESSION_IDLE_MS / 2;
      expect(await findSession(dev.sessionToken, new Date(t))).not.toBeNull();
    }
    expect(
      await findSession(dev.sessionToken, new Date(row.createdAt.getTime() + SESSION_MAX_MS + 1)),
    ).toBeNull();
  });

  test("an unknown token is no session", async () => {
    expect(await findSession("made-up", new Date())).toBeNull();
  });
});
