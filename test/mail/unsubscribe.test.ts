import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { issuePasswordReset } from "~/services/developers/accounts.server";
import { action, loader } from "~/routes/email.unsubscribe.$token";
import { makeDeveloper } from "../support/portal";
import { callRoute } from "../support/routes";
import { deliver, unsubscribeLink, startMailbox } from "../support/mail";

const mailbox = startMailbox();

async function resetEmailLink(developerId: string) {
  const issued = await issuePasswordReset(developerId, new Date());
  if (!issued.ok) throw new Error(issued.message);
  await deliver();
  return unsubscribeLink(mailbox.messages.at(-1)!);
}

const tokenOf = (link: string) => new URL(link).pathname.split("/").pop()!;

describe("one-click unsubscribe", () => {
  test("the link's page changes nothing; its one-click POST turns that kind off, and nothing more is sent", async () => {
    const developer = await makeDeveloper();
    const link = await resetEmailLink(developer.id);
    const token = tokenOf(link);
    const page = await callRoute(loader, new Request(link), { token });
    expect(page).toMatchObject({ status: 200, data: { who: developer.email, recipient: "developer" } });
    expect((await prisma.developer.findUniqueOrThrow({ where: { id: developer.id } })).emailOptOuts).toEqual(
      [],
    );
    // RFC 8058: the mail provider POSTs List-Unsubscribe=One-Click to the URL, with no cookie.
    const oneClick = () =>
      new Request(link, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      });
    expect(await callRoute(action, oneClick(), { token })).toMatchObject({
      status: 200,
      data: { done: true },
    });
    expect(await callRoute(action, oneClick(), { token })).toMatchObject({ status: 200 });
    expect((await prisma.developer.findUniqueOrThrow({ where: { id: developer.id } })).emailOptOuts).toEqual([
      "account_link",
    ]);
    mailbox.messages.length = 0;
    const issued = await issuePasswordReset(developer.id, new Date());
    expect(issued.ok).toBe(true);
    const run = await deliver();
    expect(mailbox.messages).toEqual([]);
    expect(run.lines).toContainEqual(expect.objectContaining({ job: "email", outcome: "off" }));
  });

  test("a link whose signature does not match is refused and changes nothing", async () => {
    const developer = await makeDeveloper();
    const other = await makeDeveloper();
    const [body, signature] = tokenOf(await resetEmailLink(developer.id)).split(".");
    const forged = `${Buffer.from(`developer:${other.id}:account_link`).toString("base64url")}.${signature}`;
    for (const token of [forged, `${body}.x${signature}`, "nonsense"]) {
      const request = new Request(`https://my-test-app.myshopify.io/email/unsubscribe/${token}`, {
        method: "POST",
      });
      expect((await callRoute(action, request, { token })).status).toBe(404);
      expect((await callRoute(loader, request, { token })).status).toBe(404);
    }
    expect((await prisma.developer.findUniqueOrThrow({ where: { id: other.id } })).emailOptOuts).toEqual([]);
  });
});
