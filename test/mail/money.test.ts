import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { createInvoice } from "~/services/developers/invoices.server";
import { completeQuote } from "~/services/quotes/commands.server";
import { clearQueue } from "../support/jobs";
import { connect, makeDeveloper, uniqueEmail } from "../support/portal";
import { deliver, startMailbox } from "../support/mail";
import { approvedQuote, buyPack, installedShop } from "../support/factories";

const mailbox = startMailbox();

/** The seed's P: 10 h paid Jun 1 2024 (sold by `developerId`), 8 h used, expires on Aug 31. */
async function usedEightOfTen(developerId: string) {
  const shop = await installedShop({ timezone: "America/New_York" });
  const contactEmail = uniqueEmail("owner");
  await prisma.shop.update({ where: { id: shop.id }, data: { contactEmail } });
  await connect(shop.id, developerId);
  const pack = await buyPack(shop.id, "10h", "2024-06-01T16:00:00Z");
  await prisma.pack.update({ where: { id: pack }, data: { developerId } });
  const quote = await approvedQuote(shop.id, 8, "2024-06-02T16:00:00Z");
  await completeQuote(shop.id, quote, { hours: 8 }, new Date("2024-06-20T16:00:00Z"));
  await clearQueue();
  return { shop: { ...shop, contactEmail }, pack };
}

describe("purchase, settlement and invoice emails", () => {
  test("a renewal in the window: the merchant hears of the hours carried in, the developer of the settlement", async () => {
    const developer = await makeDeveloper();
    const { shop } = await usedEightOfTen(developer.id);
    const renewal = await buyPack(shop.id, "10h", "2024-09-02T16:00:00Z");
    await deliver();
    const byRecipient = new Map(mailbox.messages.map((m) => [m.envelope.to[0], m]));
    const credited = byRecipient.get(shop.contactEmail)!;
    expect(credited.subject).toBe("Your 10 hour pack is ready: 12 h available");
    expect(credited.text).toContain("plus 2 h carried in from your expired pack");
    // Valid until in the store's time zone: paid Sep 2 in New York, expires on Dec 1.
    expect(credited.text).toContain("Valid until: Dec 1, 2024");
    expect(credited.html).toContain(`/app/packs/${renewal}`);
    const settled = byRecipient.get(developer.email)!;
    expect(settled.subject).toBe(`Ready to invoice: ${shop.domain}'s 10 hour pack (10 h)`);
    expect(settled.text).toContain("the whole pack, carried over");
    expect(mailbox.messages).toHaveLength(2);
  });

  test("an invoice is emailed to each company admin, with its amount in dollars", async () => {
    const developer = await makeDeveloper({ payoutRateCents: 8_550 });
    const admins = await Promise.all([makeDeveloper({ role: "admin" }), makeDeveloper({ role: "admin" })]);
    const { shop } = await usedEightOfTen(developer.id);
    await buyPack(shop.id, "10h", "2024-09-02T16:00:00Z");
    await clearQueue();
    const settlement = await prisma.settlement.findFirstOrThrow({ where: { shopId: shop.id } });
    const invoice = await createInvoice(developer.id, [settlement.id], new Date());
    expect(invoice.ok).toBe(true);
    await deliver();
    const toAdmins = mailbox.messages.filter((m) => admins.some((a) => a.email === m.envelope.to[0]));
    expect(toAdmins).toHaveLength(2);
    expect(toAdmins[0]!.subject).toMatch(/^Invoice INV-\d{6} from .+: \$855$/);
    expect(toAdmins[0]!.text).toContain("$855 (10 h)");
    // Every active admin in the database gets one; none goes to the developer.
    expect(mailbox.messages.some((m) => m.envelope.to[0] === developer.email)).toBe(false);
  });
});
