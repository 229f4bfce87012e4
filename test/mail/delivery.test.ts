import { describe, expect, test } from "vitest";
import { inviteDeveloper } from "~/services/developers/accounts.server";
import { logEmailSetting, redactedSmtpUrl } from "~/services/email/config.server";
import { uniqueEmail } from "../support/portal";
import { deliver, startMailbox } from "../support/mail";
import { queuedJobs } from "../support/jobs";

const mailbox = startMailbox();

describe("sending through SMTP", () => {
  test("a failing SMTP server is retried after a backoff, and the email is sent once when it recovers", async () => {
    mailbox.catcher!.setFailing(true);
    const email = uniqueEmail("retry");
    expect((await inviteDeveloper({ email }, new Date())).ok).toBe(true);
    const failed = await deliver();
    expect(failed).toMatchObject({ completed: 0, failed: 1 });
    expect(failed.lines).toContainEqual(
      expect.objectContaining({
        level: "error",
        job: "email",
        attempt: 1,
        message: expect.stringMatching(/451/),
      }),
    );
    const [job] = await queuedJobs("email");
    expect(job).toMatchObject({ attempts: 1, lastError: expect.stringMatching(/451/) });
    mailbox.catcher!.setFailing(false);
    // Not due before its backoff (e^1 s): a run now sends nothing.
    expect(await deliver()).toMatchObject({ completed: 0, failed: 0 });
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, job!.runAt.getTime() - Date.now()) + 100));
    expect(await deliver()).toMatchObject({ completed: 1, failed: 0 });
    expect(mailbox.messages.map((m) => m.envelope.to)).toEqual([[email]]);
    expect(await deliver()).toMatchObject({ completed: 0 });
    expect(mailbox.messages).toHaveLength(1);
  });

  test("with SMTP_URL unset email is off: nothing is queued, and one line says so", async () => {
    const url = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    try {
      const invite = await inviteDeveloper({ email: uniqueEmail("off") }, new Date());
      expect(invite).toMatchObject({ ok: true, emailed: false });
      expect(await queuedJobs()).toEqual([]);
      const lines: string[] = [];
      globalThis.supportPacksEmailLogged = undefined;
      logEmailSetting((line) => lines.push(line));
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0]!)).toMatchObject({
        email: "off",
        message: expect.stringContaining("SMTP_URL is not set"),
      });
    } finally {
      process.env.SMTP_URL = url;
    }
  });

  test("the startup line names the SMTP server without its password", () => {
    const lines: string[] = [];
    globalThis.supportPacksEmailLogged = undefined;
    logEmailSetting((line) => lines.push(line));
    expect(lines[0]).toContain("smtp://catcher:***@127.0.0.1:");
    expect(lines[0]).not.toContain("catcher-password");
    expect(redactedSmtpUrl("smtps://u:s3cret@smtp.example.com:465?pool=true")).toBe(
      "smtps://u:***@smtp.example.com:465",
    );
  });
});
