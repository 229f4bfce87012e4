import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { approveQuote, createQuote, declineQuote } from "~/services/quotes/commands.server";
import { queueOverrunEmail, queueQuotePaidEmail } from "~/services/email/triggers.server";
import { ledgerSql } from "~/lib/sql.server";
import { clearQueue } from "../support/jobs";
import { connect, makeDeveloper, uniqueEmail } from "../support/portal";
import { deliver, startMailbox } from "../support/mail";
import { buyPack, installedShop } from "../support/factories";

const mailbox = startMailbox();

async function setting() {
  const developer = await makeDeveloper();
  const shop = await installedShop();
  const contactEmail = uniqueEmail("owner");
  await prisma.shop.update({ where: { id: shop.id }, data: { contactEmail } });
  await connect(shop.id, developer.id);
  await buyPack(shop.id, "25h", new Date());
  await clearQueue();
  return { developer, shop: { ...shop, contactEmail } };
}

async function quote(shopId: string, developerId: string) {
  const created = await createQuote(
    { shopId, developerId, title: "Fix the cart", estimate: { hours: "2.5" } },
    new Date(),
  );
  if (!created.ok) throw new Error(created.message);
  return created.quote;
}

describe("quote emails", () => {
  test("a new quote is emailed to the merchant, with its estimate in hours and its page in the app", async () => {
    const { developer, shop } = await setting();
    const created = await quote(shop.id, developer.id);
    await deliver();
    expect(mailbox.messages.map((m) => [m.envelope.to[0], m.subject])).toEqual([
      [shop.contactEmail, "Quote to approve: Fix the cart (2.5 h)"],
    ]);
    expect(mailbox.messages[0]!.html).toContain(`/app/quotes/${created.id}`);
  });

  test("approved and declined quotes are emailed to their developer, with the merchant's reason", async () => {
    const { developer, shop } = await setting();
    const first = await quote(shop.id, developer.id);
    const second = await quote(shop.id, developer.id);
    await clearQueue();
    expect((await approveQuote(shop.id, first.id, new Date())).ok).toBe(true);
    expect((await declineQuote(shop.id, second.id, new Date(), "Too expensive this month")).ok).toBe(true);
    await deliver();
    const subjects = mailbox.messages.map((m) => [m.envelope.to[0], m.subject]).sort();
    expect(subjects).toEqual([
      [developer.email, `${shop.domain} approved your quote: Fix the cart`],
      [developer.email, `${shop.domain} declined your quote: Fix the cart`],
    ]);
    const declined = mailbox.messages.find((m) => m.subject.includes("declined"))!;
    expect(declined.text).toContain("Their reason: Too expensive this month");
    expect(declined.html).toContain(`/developer/quotes/${second.id}`);
  });

  test("a refused approval (not enough hours) emails nothing: it changed nothing", async () => {
    const { developer, shop } = await setting();
    const big = await createQuote(
      { shopId: shop.id, developerId: developer.id, title: "Rebuild", estimate: { hours: "40" } },
      new Date(),
    );
    if (!big.ok) throw new Error(big.message);
    await clearQueue();
    expect(await approveQuote(shop.id, big.quote.id, new Date())).toMatchObject({
      ok: false,
      code: "insufficient_hours",
    });
    expect(await deliver()).toMatchObject({ completed: 0 });
    expect(mailbox.messages).toEqual([]);
  });

  test("an overrun waiting for approval, and a quote paid as a custom quote, are emailed", async () => {
    const { developer, shop } = await setting();
    const created = await quote(shop.id, developer.id);
    await clearQueue();
    await queueOverrunEmail(ledgerSql(), { shopId: shop.id, quoteId: created.id, actualMinutes: 240 });
    await queueQuotePaidEmail(ledgerSql(), {
      shopId: shop.id,
      quoteId: created.id,
      developerId: developer.id,
      priceCents: 23_750,
    });
    await deliver();
    const byRecipient = new Map(mailbox.messages.map((m) => [m.envelope.to[0], m]));
    const overrun = byRecipient.get(shop.contactEmail)!;
    expect(overrun.subject).toBe("Approve or dispute: Fix the cart took 4 h, estimated 2.5 h");
    expect(overrun.text).toContain("1.5 h over the 2.5 h you approved");
    const paid = byRecipient.get(developer.email)!;
    expect(paid.subject).toBe(`${shop.domain} paid your quote: Fix the cart`);
    expect(paid.text).toContain("paid $237.50 as a custom quote");
  });

  test("a merchant who turned quote emails off gets none", async () => {
    const { developer, shop } = await setting();
    await prisma.shop.update({ where: { id: shop.id }, data: { emailQuoteWaiting: false } });
    await quote(shop.id, developer.id);
    const run = await deliver();
    expect(mailbox.messages).toEqual([]);
    expect(run.lines).toContainEqual(expect.objectContaining({ kind: "quote_waiting", outcome: "off" }));
  });
});
