import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { requestConnection } from "~/services/connection-requests.server";
import { createQuote } from "~/services/quotes/commands.server";
import { queueConnectionRequestEmail, queueDisputeEmails } from "~/services/email/triggers.server";
import { ledgerSql } from "~/lib/sql.server";
import { clearQueue } from "../support/jobs";
import { makeDeveloper } from "../support/portal";
import { deliver, startMailbox } from "../support/mail";
import { installedShop } from "../support/factories";

const mailbox = startMailbox();

describe("connection request and dispute emails", () => {
  test("a store's connection request reaches the developer, with the store's note", async () => {
    const developer = await makeDeveloper();
    const shop = await installedShop();
    await queueConnectionRequestEmail(ledgerSql(), {
      shopId: shop.id,
      developerId: developer.id,
      note: "We need help with our checkout.",
    });
    await deliver();
    expect(mailbox.messages.map((m) => [m.envelope.to[0], m.subject])).toEqual([
      [developer.email, `${shop.domain} asks to connect with you`],
    ]);
    expect(mailbox.messages[0]!.text).toContain("Their note: We need help with our checkout.");
  });

  test("a request from Settings reaches the address's developer once; an address with no account gets nothing", async () => {
    const developer = await makeDeveloper();
    const shop = await installedShop();
    expect(await requestConnection(shop, developer.email, new Date())).toMatchObject({ ok: true });
    expect(await requestConnection(shop, "nobody-here@example.com", new Date())).toMatchObject({ ok: true });
    // A repeated request while one waits queues nothing more.
    expect(await requestConnection(shop, developer.email, new Date())).toMatchObject({ ok: true });
    const run = await deliver();
    await deliver();
    expect(mailbox.messages.map((m) => [m.envelope.to[0], m.subject])).toEqual([
      [developer.email, `${shop.domain} asks to connect with you`],
    ]);
    expect(
      run.lines
        .filter((l) => l.job === "connection_request" && l.outcome !== undefined)
        .map((l) => l.outcome)
        .sort(),
    ).toEqual(["no_account", "queued"]);
  });

  test("a dispute reaches every active admin and no one else; an admin who turned it off gets none", async () => {
    const developer = await makeDeveloper();
    const [admin, quietAdmin] = await Promise.all([
      makeDeveloper({ role: "admin" }),
      makeDeveloper({ role: "admin" }),
    ]);
    await prisma.developer.update({
      where: { id: quietAdmin!.id },
      data: { emailOptOuts: ["dispute_opened"] },
    });
    const shop = await installedShop();
    const quote = await createQuote(
      { shopId: shop.id, developerId: developer.id, title: "Theme fix", estimate: { hours: "2" } },
      new Date(),
    );
    if (!quote.ok) throw new Error(quote.message);
    await clearQueue();
    await queueDisputeEmails(ledgerSql(), {
      shopId: shop.id,
      quoteId: quote.quote.id,
      actualMinutes: 300,
      reason: "We agreed on two hours.",
    });
    await deliver();
    const mine = mailbox.messages.filter((m) =>
      [admin!.email, quietAdmin!.email, developer.email].includes(m.envelope.to[0]!),
    );
    expect(mine.map((m) => [m.envelope.to[0], m.subject])).toEqual([
      [admin!.email, `Dispute: ${shop.domain} on "Theme fix" (5 h for 2 h)`],
    ]);
    expect(mine[0]!.text).toContain("The merchant's reason: We agreed on two hours.");
  });
});
