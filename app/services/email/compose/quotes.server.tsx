import { z } from "zod";
import prisma from "../../../db.server";
import {
  DisputeResolvedEmail,
  OverrunWaitingEmail,
  QuoteDecisionEmail,
  QuoteWaitingEmail,
  type QuoteFacts,
} from "../../../emails/quotes";
import { merchantUrl, portalUrl } from "../links.server";
import type { Composer } from "./types";
import { hours, money } from "../../../lib/format";

const quoteData = z.object({ shopId: z.uuid(), quoteId: z.uuid() });

async function loadQuote(raw: Record<string, unknown>) {
  const { shopId, quoteId } = quoteData.parse(raw);
  const quote = await prisma.quote.findUnique({
    where: { shopId_id: { shopId, id: quoteId } },
    include: {
      developer: { select: { name: true } },
      shop: { select: { domain: true, uninstalledAt: true, redactedAt: true } },
    },
  });
  return quote && !quote.shop.redactedAt ? quote : null;
}

type LoadedQuote = NonNullable<Awaited<ReturnType<typeof loadQuote>>>;

/** What every quote email says of its quote, with the link for the side that reads it. */
function aboutQuote(quote: LoadedQuote, reader: "merchant" | "developer"): QuoteFacts {
  return {
    title: quote.title,
    estimate: hours(quote.estimateMinutes),
    quoteUrl:
      reader === "merchant"
        ? merchantUrl(quote.shop.domain, `/quotes/${quote.id}`)
        : portalUrl(`/developer/quotes/${quote.id}`),
  };
}

// Who wrote the quote, in the merchant's emails.
const developerName = (quote: LoadedQuote) => quote.developer?.name ?? "Your developer";

/** To the merchant: a new quote, while it still waits. */
export const quoteWaiting: Composer = async (raw) => {
  const quote = await loadQuote(raw);
  if (!quote || quote.status !== "pending" || quote.shop.uninstalledAt) return null;
  const developer = developerName(quote);
  return {
    subject: `Quote to approve: ${quote.title} (${hours(quote.estimateMinutes)})`,
    heading: "A quote waits for your approval",
    body: <QuoteWaitingEmail {...aboutQuote(quote, "merchant")} developer={developer} />,
    reason: `You get this because ${quote.shop.domain} gets an email for each new quote.`,
  };
};

const overrunData = quoteData.extend({ actualMinutes: z.int().positive() });

/** To the merchant: time over the estimate waits for approval (custom-quotes feature). */
export const overrunWaiting: Composer = async (raw) => {
  const { actualMinutes } = overrunData.parse(raw);
  const quote = await loadQuote(raw);
  if (!quote || quote.shop.uninstalledAt) return null;
  return {
    subject: `Approve or dispute: ${quote.title} took ${hours(actualMinutes)}, estimated ${hours(quote.estimateMinutes)}`,
    heading: "Extra time waits for your approval",
    body: (
      <OverrunWaitingEmail
        {...aboutQuote(quote, "merchant")}
        developer={developerName(quote)}
        actual={hours(actualMinutes)}
        extra={hours(actualMinutes - quote.estimateMinutes)}
      />
    ),
    reason: `You get this because ${quote.shop.domain} gets an email when time over an estimate needs approval.`,
  };
};

function decision(kind: "approved" | "declined" | "paid"): Composer {
  const data = quoteData.extend({ priceCents: z.int().nonnegative().optional() });
  return async (raw) => {
    const { priceCents } = data.parse(raw);
    const quote = await loadQuote(raw);
    if (!quote) return null;
    const store = quote.shop.domain;
    return {
      subject: `${store} ${kind} your quote: ${quote.title}`,
      heading: `Quote ${kind}`,
      body: (
        <QuoteDecisionEmail
          {...aboutQuote(quote, "developer")}
          decision={kind}
          store={store}
          reason={kind === "declined" ? quote.declineReason : null}
          price={priceCents === undefined ? null : money(priceCents)}
        />
      ),
      reason: `You get this because you sent this quote to ${store}.`,
    };
  };
}

export const quoteApproved = decision("approved");
export const quoteDeclined = decision("declined");
export const quotePaid = decision("paid");

/** The company resolved a disputed overrun: to the merchant, or to the quote's developer. */
function disputeResolved(audience: "merchant" | "developer"): Composer {
  return async (raw) => {
    const quote = await loadQuote(raw);
    if (!quote || quote.status !== "completed" || quote.chargedMinutes === null) return null;
    if (audience === "merchant" && quote.shop.uninstalledAt) return null;
    const store = quote.shop.domain;
    return {
      subject: `Dispute resolved: ${quote.title}, ${hours(quote.chargedMinutes)} charged`,
      heading: "Dispute resolved",
      body: (
        <DisputeResolvedEmail
          {...aboutQuote(quote, audience)}
          store={store}
          actual={hours(quote.actualMinutes ?? quote.chargedMinutes)}
          charged={hours(quote.chargedMinutes)}
          reason={quote.resolutionReason}
        />
      ),
      reason:
        audience === "merchant"
          ? `You get this because ${store} disputed time over an estimate.`
          : `You get this because you sent this quote to ${store}.`,
    };
  };
}

export const merchantDisputeResolved = disputeResolved("merchant");
export const developerDisputeResolved = disputeResolved("developer");
