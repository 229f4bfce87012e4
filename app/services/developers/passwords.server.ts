import { randomBytes } from "node:crypto";
import { hash, verify, type Algorithm, type Options } from "@node-rs/argon2";

// OWASP Password Storage Cheat Sheet: argon2id, m = 19 MiB, t = 2, p = 1.
const ARGON2ID = 2 as Algorithm; // a const enum in the typings, unusable under isolatedModules
const OPTIONS: Options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** The password length limits of every form that takes a password (set password, login). */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;
export const PASSWORD_TOO_LONG = `Use at most ${MAX_PASSWORD_LENGTH} characters.`;

/** Why a new password is refused, or null when it is acceptable (length only, as NIST 800-63B). */
export function passwordProblem(password: string, confirmation: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `Use at least ${MIN_PASSWORD_LENGTH} characters; a few words in a row make a good password.`;
  if (password.length > MAX_PASSWORD_LENGTH) return PASSWORD_TOO_LONG;
  if (password !== confirmation) return "The two passwords differ. Type the same password twice.";
  return null;
}

/** Hashes a password as an argon2id PHC string. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// Verified against when there is no stored hash. Made when the module loads, so that the first
// such login costs no more than any other.
const throwawayHash = hashPassword(randomBytes(32).toString("base64url"));

/**
 * True when `password` matches `stored`. Runs exactly one argon2 verification whatever the input
 * (no stored hash, a password over the limit), on at most MAX_PASSWORD_LENGTH characters, so that
 * how long it takes says nothing about the account (docs/decisions/092-login-costs-one-verification.md).
 */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  let matches: boolean;
  try {
    matches = await verify(stored ?? (await throwawayHash), password.slice(0, MAX_PASSWORD_LENGTH));
  } catch {
    matches = false;
  }
  return stored !== null && password.length <= MAX_PASSWORD_LENGTH && matches;
}
