// Every login attempt that is not refused by the limits costs exactly one argon2 verification, so
// that its timing cannot tell whether an account exists (issue 10: 31 of 32 probes could).
import type * as argon2 from "@node-rs/argon2";
import { hash, verify } from "@node-rs/argon2";
import { beforeEach, describe, expect, test, vi } from "vitest";
import prisma from "~/db.server";
import { inviteDeveloper } from "~/services/developers/accounts.server";
import { login } from "~/services/developers/login.server";
import { MAX_PASSWORD_LENGTH, PASSWORD_TOO_LONG } from "~/services/developers/passwords.server";
import { PASSWORD, makeDeveloper, uniqueEmail } from "../../support/portal";

vi.mock("@node-rs/argon2", async (importOriginal) => {
  const actual = await importOriginal<typeof argon2>();
  return { ...actual, hash: vi.fn(actual.hash), verify: vi.fn(actual.verify) };
});

const tooLong = "x".repeat(MAX_PASSWORD_LENGTH + 1);
let ip = 0;

/** Logs in from an IP of its own (the per-IP limit stays out of the way) and counts argon2 calls. */
async function attempt(email: string, password: string) {
  ip += 1;
  vi.mocked(verify).mockClear();
  vi.mocked(hash).mockClear();
  const result = await login({ email, password, ip: `198.51.100.${ip}` }, new Date());
  return {
    result,
    verifications: vi.mocked(verify).mock.calls.length,
    hashes: vi.mocked(hash).mock.calls.length,
  };
}

describe("the cost of a login", () => {
  let email: string;
  beforeEach(async () => {
    email = (await makeDeveloper()).email;
  });

  test("a wrong password, an unknown email and the right password each run one verification", async () => {
    expect(await attempt(email, "wrong password!")).toMatchObject({
      result: { code: "invalid_login" },
      verifications: 1,
      hashes: 0,
    });
    expect(await attempt(uniqueEmail("nobody"), "wrong password!")).toMatchObject({
      result: { code: "invalid_login" },
      verifications: 1,
      hashes: 0,
    });
    expect(await attempt(email, PASSWORD)).toMatchObject({ result: { ok: true }, verifications: 1 });
  });

  test("a password over the limit runs one verification, for an account or not, and is refused", async () => {
    const known = await attempt(email, tooLong);
    const unknown = await attempt(uniqueEmail("nobody"), tooLong);
    for (const outcome of [known, unknown]) {
      expect(outcome).toMatchObject({ result: { code: "invalid_input", message: PASSWORD_TOO_LONG } });
      expect(outcome.verifications).toBe(1);
      expect(outcome.hashes).toBe(0);
    }
    // Counted like any failed attempt, so the limits hold for it too.
    expect(await prisma.loginAttempt.count({ where: { email } })).toBe(1);
  });

  test("an invited account without a password and a deactivated one run one verification", async () => {
    const invited = await inviteDeveloper({ email: uniqueEmail("invited") }, new Date());
    if (!invited.ok) throw new Error(invited.message);
    expect(await attempt(invited.developer.email, "wrong password!")).toMatchObject({
      result: { code: "invalid_login" },
      verifications: 1,
    });
    await prisma.developer.update({ where: { email }, data: { status: "deactivated" } });
    expect(await attempt(email, PASSWORD)).toMatchObject({
      result: { code: "invalid_login" },
      verifications: 1,
    });
  });

  test("an attempt refused by the limits runs none, whether or not the account exists", async () => {
    const unknown = uniqueEmail("nobody");
    for (let i = 0; i < 5; i++) {
      await attempt(email, "wrong password!");
      await attempt(unknown, "wrong password!");
    }
    expect(await attempt(email, PASSWORD)).toMatchObject({
      result: { code: "rate_limited" },
      verifications: 0,
    });
    expect(await attempt(unknown, PASSWORD)).toMatchObject({
      result: { code: "rate_limited" },
      verifications: 0,
    });
  });
});
