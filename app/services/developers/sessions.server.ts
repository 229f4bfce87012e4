import type { Developer } from "@prisma/client";
import prisma from "../../db.server";
import type { Tx } from "../../lib/sql.server";
import { hashToken, newToken } from "./crypto.server";

/** A session ends after this long without a request... */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
/** ...and this long after login in any case. */
export const SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000;
// lastSeenAt is written at most this often, not on every request.
const TOUCH_EVERY_MS = 5 * 60 * 1000;

export interface PortalSession {
  id: string;
  csrfToken: string;
  developer: Pick<Developer, "id" | "email" | "name" | "role" | "payoutRateCents">;
}

/** Creates a session for a developer; returns the token for the cookie (only its hash is stored). */
export async function createSessionInTx(tx: Tx, developerId: string, now: Date): Promise<string> {
  const token = newToken();
  await tx.developerSession.create({
    data: {
      developerId,
      tokenHash: hashToken(token),
      csrfToken: newToken(),
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_IDLE_MS),
    },
  });
  // Housekeeping: this developer's ended sessions.
  await tx.developerSession.deleteMany({ where: { developerId, expiresAt: { lte: now } } });
  return token;
}

/**
 * The live session a cookie token names, or null: unknown, ended, or its developer deactivated
 * (or without a password). Extends the idle deadline, within the absolute one.
 */
export async function findSession(token: string, now: Date): Promise<PortalSession | null> {
  const session = await prisma.developerSession.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { developer: true },
  });
  if (!session || session.expiresAt <= now) return null;
  const { developer } = session;
  if (developer.status !== "active" || developer.passwordHash === null) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    const hardEnd = session.createdAt.getTime() + SESSION_MAX_MS;
    await prisma.developerSession.update({
      where: { id: session.id },
      data: {
        lastSeenAt: now,
        expiresAt: new Date(Math.min(now.getTime() + SESSION_IDLE_MS, hardEnd)),
      },
    });
  }
  return {
    id: session.id,
    csrfToken: session.csrfToken,
    developer: {
      id: developer.id,
      email: developer.email,
      name: developer.name,
      role: developer.role,
      payoutRateCents: developer.payoutRateCents,
    },
  };
}

/** Ends the session a cookie token names (logout); unknown tokens are ignored. */
export async function endSession(token: string): Promise<void> {
  await prisma.developerSession.deleteMany({ where: { tokenHash: hashToken(token) } });
}
