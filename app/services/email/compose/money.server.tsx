import { z } from "zod";
import { expiresOn, findTier, safeTimeZone } from "../../../ledger";
import prisma from "../../../db.server";
import { InvoiceSubmittedEmail, PurchaseCreditedEmail, SettlementFinalEmail } from "../../../emails/money";
import { merchantUrl, portalUrl } from "../links.server";
import type { Composer } from "./types";
import { day, hours, invoiceNumber, money } from "../../../lib/format";

const packData = z.object({ shopId: z.uuid(), packId: z.uuid() });

/** To the merchant: a purchase is credited, with the hours carried into it. */
export const purchaseCredited: Composer = async (raw, to) => {
  const { shopId, packId } = packData.parse(raw);
  const pack = await prisma.pack.findUnique({
    where: { shopId_id: { shopId, id: packId } },
    include: { shop: { select: { domain: true, timezone: true } } },
  });
  if (!pack || !to.shopDomain) return null;
  const tier = findTier(pack.tier);
  const name = tier?.billingPlan ?? `${pack.tier} pack`;
  const validUntil = pack.expiresAt
    ? day(expiresOn(pack.expiresAt, safeTimeZone(pack.shop.timezone)), { year: true })
    : null;
  return {
    subject: `Your ${name} is ready: ${hours(pack.ownMinutes + pack.carriedIn)} available`,
    heading: "Your hours are ready",
    body: (
      <PurchaseCreditedEmail
        pack={name}
        hours={hours(pack.ownMinutes)}
        carriedIn={pack.carriedIn > 0 ? hours(pack.carriedIn) : null}
        expiresOn={validUntil}
        packUrl={merchantUrl(pack.shop.domain, `/packs/${pack.id}`)}
      />
    ),
    reason: `You get this because ${pack.shop.domain} gets an email for each purchase credited.`,
  };
};

const settlementData = z.object({ shopId: z.uuid(), settlementId: z.uuid() });

/** To the pack's developer: its compensation is final. */
export const settlementFinal: Composer = async (raw) => {
  const { shopId, settlementId } = settlementData.parse(raw);
  const settlement = await prisma.settlement.findFirst({
    where: { id: settlementId, shopId },
    include: {
      pack: { select: { tier: true } },
      quote: { select: { title: true } },
      shop: { select: { domain: true } },
    },
  });
  if (!settlement) return null;
  // A pack's settlement, or a custom quote's (paid outright: the quoted hours).
  const pack = settlement.pack
    ? (findTier(settlement.pack.tier)?.billingPlan ?? `${settlement.pack.tier} pack`)
    : `custom quote "${settlement.quote?.title ?? ""}"`;
  const basis =
    {
      whole_pack: "the whole pack, carried over",
      delivered: "the hours delivered",
      custom_quote: "the quoted hours",
    }[settlement.basis] ?? "the hours delivered";
  return {
    subject: `Ready to invoice: ${settlement.shop.domain}'s ${pack} (${hours(settlement.minutes)})`,
    heading: "A pack is settled: invoice it",
    body: (
      <SettlementFinalEmail
        store={settlement.shop.domain}
        pack={pack}
        basis={basis}
        hours={hours(settlement.minutes)}
        url={portalUrl("/developer/settlements")}
      />
    ),
    reason: settlement.pack
      ? "You get this because you sold this pack."
      : "You get this because you completed this quote.",
  };
};

const invoiceData = z.object({ invoiceId: z.uuid() });

/** To a company admin: an invoice waits for approval. */
export const invoiceSubmitted: Composer = async (raw) => {
  const { invoiceId } = invoiceData.parse(raw);
  const invoice = await prisma.invoice.findUnique({
    where: { id: invoiceId },
    include: { developer: { select: { name: true } } },
  });
  if (!invoice || invoice.status !== "submitted") return null;
  const number = invoiceNumber(invoice.number);
  return {
    subject: `Invoice ${number} from ${invoice.developer.name}: ${money(invoice.amountCents, invoice.currencyCode)}`,
    heading: "An invoice waits for approval",
    body: (
      <InvoiceSubmittedEmail
        number={number}
        developer={invoice.developer.name}
        hours={hours(invoice.minutes)}
        amount={money(invoice.amountCents, invoice.currencyCode)}
        url={portalUrl("/developer/console/invoices")}
      />
    ),
    reason: "You get this because you are a company admin on Support Packs.",
  };
};
