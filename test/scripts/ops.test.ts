import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { EnvError } from "~/env.server";
import { describeToken } from "~/services/developers/accounts.server";
import { runOps } from "../../scripts/ops/commands";
import { makeDeveloper, uniqueEmail } from "../support/portal";

function capture() {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: { log: (l: string) => lines.push(l), error: (l: string) => errors.push(l) } };
}

describe("npm run ops", () => {
  test("invite-developer prints a single-use link that works", async () => {
    const email = uniqueEmail("ops");
    const { lines, out } = capture();
    expect(await runOps(["invite-developer", email, "--name", "Lin", "--admin"], new Date(), out)).toBe(0);
    const link = lines[1]!;
    expect(await describeToken(link.split("/").pop()!, new Date())).toMatchObject({
      ok: true,
      purpose: "invite",
      name: "Lin",
    });
    expect((await prisma.developer.findUniqueOrThrow({ where: { email } })).role).toBe("admin");
  });

  test("reset-password prints a reset link for an existing account, and names an unknown one", async () => {
    const dev = await makeDeveloper();
    const ok = capture();
    expect(await runOps(["reset-password", dev.email], new Date(), ok.out)).toBe(0);
    expect(await describeToken(ok.lines[1]!.split("/").pop()!, new Date())).toMatchObject({
      purpose: "reset",
    });
    const missing = capture();
    expect(await runOps(["reset-password", uniqueEmail("none")], new Date(), missing.out)).toBe(1);
    expect(missing.errors[0]).toMatch(/Invite it with invite-developer/);
  });

  test("a bad command prints the usage", async () => {
    const { errors, out } = capture();
    expect(await runOps(["invite-developer"], new Date(), out)).toBe(2);
    expect(errors[0]).toMatch(/^usage: npm run ops/);
  });
});

describe("npm run ops reads only the variables it uses", () => {
  test("no Shopify credentials are needed; a missing app URL is one error naming it", async () => {
    const saved = { ...process.env };
    delete process.env.SHOPIFY_API_KEY;
    delete process.env.SHOPIFY_API_SECRET;
    try {
      const { lines, out } = capture();
      expect(await runOps(["invite-developer", uniqueEmail("bare")], new Date(), out)).toBe(0);
      expect(lines[1]).toMatch(/^https:\/\/my-test-app\.myshopify\.io\/developer\/password\//);
      delete process.env.SHOPIFY_APP_URL;
      const attempt = runOps(["invite-developer", uniqueEmail("nourl")], new Date(), capture().out);
      await expect(attempt).rejects.toThrow(EnvError);
      await expect(
        runOps(["invite-developer", uniqueEmail("nourl")], new Date(), capture().out),
      ).rejects.toThrow(/^SHOPIFY_APP_URL: is required \(see \.env\.example\)$/);
    } finally {
      Object.assign(process.env, saved);
    }
  });
});
