import prisma from "../../db.server";
import { normalizeEmail, hashToken } from "./crypto.server";
import { MAX_PASSWORD_LENGTH, PASSWORD_TOO_LONG, verifyPassword } from "./passwords.server";
import { createSessionInTx } from "./sessions.server";
import { fail, type Result } from "../../lib/result";

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** Failed logins allowed per email (existing account or not) within the window. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/** Failed logins allowed per client IP within the window, across emails. */
export const MAX_FAILURES_PER_IP = 50;

export const INVALID_LOGIN = "Email or password is incorrect. Check both and try again.";
export const TOO_MANY_ATTEMPTS =
  "Too many failed logins. Wait 15 minutes and try again, or ask the company for a password reset link.";

export interface LoginInput {
  email: string;
  password: string;
  ip: string;
  /** The session cookie sent with the login form, if any: it is ended (sessions rotate at login). */
  previousToken?: string | null;
}

/**
 * Logs a developer in and returns a new session token. The answer, and the time it takes (one
 * argon2 verification), are the same whether or not an account exists; failures count against the
 * email and the IP in the database, so the limits hold across app instances. A refused attempt
 * (over a limit) returns before any verification: its answer is the same for every email.
 */
export async function login(input: LoginInput, now: Date): Promise<Result<{ token: string }>> {
  const email = normalizeEmail(input.email);
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  // Record first, then count: concurrent guesses see each other and cannot slip past the limit.
  const attempt = await prisma.loginAttempt.create({ data: { email, ip: input.ip, at: now } });
  const [byEmail, byIp] = await Promise.all([
    prisma.loginAttempt.count({ where: { email, at: { gt: since } } }),
    prisma.loginAttempt.count({ where: { ip: input.ip, at: { gt: since } } }),
  ]);
  if (byEmail > MAX_FAILURES_PER_ACCOUNT || byIp > MAX_FAILURES_PER_IP) {
    // A refused attempt does not extend the lock: it ends 15 minutes after the last real failure.
    await prisma.loginAttempt.delete({ where: { id: attempt.id } });
    return fail("rate_limited", TOO_MANY_ATTEMPTS);
  }
  if (input.password.length > MAX_PASSWORD_LENGTH) {
    // Refused before the account is looked up, at the cost of any other attempt, and counted.
    await verifyPassword(null, input.password);
    return fail("invalid_input", PASSWORD_TOO_LONG, { field: "password" });
  }
  const developer = await prisma.developer.findUnique({ where: { email } });
  const matches = await verifyPassword(developer?.passwordHash ?? null, input.password);
  if (!developer || !matches) return fail("invalid_login", INVALID_LOGIN);
  if (developer.status !== "active") {
    return fail("invalid_login", "This account is deactivated. Ask the company if this is a mistake.");
  }
  const token = await prisma.$transaction(async (tx) => {
    await tx.loginAttempt.deleteMany({ where: { email } });
    await tx.loginAttempt.deleteMany({ where: { at: { lt: new Date(now.getTime() - 24 * 3600_000) } } });
    if (input.previousToken) {
      await tx.developerSession.deleteMany({ where: { tokenHash: hashToken(input.previousToken) } });
    }
    return createSessionInTx(tx, developer.id, now);
  });
  return { ok: true, token };
}
