import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { describeToken, issuePasswordReset } from "~/services/developers/accounts.server";
import { runOps } from "../../scripts/ops/commands";
import { makeDeveloper, uniqueEmail } from "../support/portal";
import { deliver, header, unsubscribeLink, startMailbox } from "../support/mail";
import { queuedJobs } from "../support/jobs";

const mailbox = startMailbox();

function capture() {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: { log: (l: string) => lines.push(l), error: (l: string) => errors.push(l) } };
}

describe("invite and password emails", () => {
  test("an invite issued by npm run ops reaches the invitee after the queue runs, with its single-use link", async () => {
    const email = uniqueEmail("invitee");
    const { lines, out } = capture();
    expect(await runOps(["invite-developer", email, "--name", "Ines"], new Date(), out)).toBe(0);
    const shown = lines.find((line) => line.includes("/developer/password/"))!;
    expect(lines.join("\n")).toContain(`emailed to ${email}`);
    expect(mailbox.messages).toEqual([]);
    expect(await deliver()).toMatchObject({ completed: 1, failed: 0 });
    const [message] = mailbox.messages;
    expect(message!.envelope).toEqual({ from: "hello@support-packs.test", to: [email] });
    expect(header(message!, "from")).toContain("hello@support-packs.test");
    expect(message!.subject).toBe("Your invitation to the Support Packs developer portal");
    expect(message!.text).toContain("Hi Ines,");
    expect(message!.text).toContain(shown.trim());
    expect(message!.html).toContain(`href="${shown.trim()}"`);
    expect(header(message!, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(unsubscribeLink(message!)).toMatch(/^https:\/\/my-test-app\.myshopify\.io\/email\/unsubscribe\//);
    // The link in the email is the single-use link that sets the password.
    const token = /\/developer\/password\/([\w-]+)/.exec(message!.text)![1]!;
    expect(await describeToken(token, new Date())).toMatchObject({
      ok: true,
      purpose: "invite",
      name: "Ines",
    });
    expect(await queuedJobs()).toEqual([]);
  });

  test("a newer link replaces the one still waiting: one email, with the link that works", async () => {
    const developer = await makeDeveloper();
    const first = await issuePasswordReset(developer.id, new Date());
    const second = await issuePasswordReset(developer.id, new Date());
    expect(first.ok && second.ok).toBe(true);
    await deliver();
    expect(mailbox.messages).toHaveLength(1);
    expect(mailbox.messages[0]!.subject).toBe("Choose a new password for the Support Packs developer portal");
    expect(mailbox.messages[0]!.text).toContain(second.ok ? second.link : "");
  });

  test("a link used before its email leaves is not sent", async () => {
    const developer = await makeDeveloper();
    const issued = await issuePasswordReset(developer.id, new Date());
    if (!issued.ok) throw new Error(issued.message);
    await prisma.developerToken.updateMany({
      where: { developerId: developer.id },
      data: { usedAt: new Date() },
    });
    const run = await deliver();
    expect(mailbox.messages).toEqual([]);
    expect(run.lines).toContainEqual(
      expect.objectContaining({ job: "email", kind: "password_reset", outcome: "gone" }),
    );
  });
});
