import { z } from "zod";
import prisma from "../../../db.server";
import { ConnectionRequestEmail, DisputeOpenedEmail } from "../../../emails/requests";
import { portalUrl } from "../links.server";
import type { Composer } from "./types";
import { hours } from "../../../lib/format";

const requestData = z.object({ shopId: z.uuid(), note: z.string().max(2000).nullish() });

/** To a developer: a store asks to connect (the connection-requests feature queues it). */
export const connectionRequest: Composer = async (raw) => {
  const { shopId, note } = requestData.parse(raw);
  const shop = await prisma.shop.findUnique({
    where: { id: shopId },
    select: { domain: true, redactedAt: true },
  });
  if (!shop || shop.redactedAt) return null;
  return {
    subject: `${shop.domain} asks to connect with you`,
    heading: "A store asks to connect",
    body: <ConnectionRequestEmail store={shop.domain} note={note ?? null} url={portalUrl("/developer")} />,
    reason: `You get this because ${shop.domain} asked to connect with your developer account.`,
  };
};

const disputeData = z.object({
  shopId: z.uuid(),
  quoteId: z.uuid(),
  actualMinutes: z.int().positive(),
  reason: z.string().max(2000).nullish(),
});

/** To a company admin: a merchant disputes an overrun (the custom-quotes feature queues it). */
export const disputeOpened: Composer = async (raw) => {
  const { shopId, quoteId, actualMinutes, reason } = disputeData.parse(raw);
  const quote = await prisma.quote.findUnique({
    where: { shopId_id: { shopId, id: quoteId } },
    include: { developer: { select: { name: true } }, shop: { select: { domain: true } } },
  });
  if (!quote) return null;
  return {
    subject: `Dispute: ${quote.shop.domain} on "${quote.title}" (${hours(actualMinutes)} for ${hours(quote.estimateMinutes)})`,
    heading: "A merchant disputes extra time",
    body: (
      <DisputeOpenedEmail
        store={quote.shop.domain}
        title={quote.title}
        developer={quote.developer?.name ?? "The developer"}
        estimate={hours(quote.estimateMinutes)}
        actual={hours(actualMinutes)}
        reason={reason ?? null}
        url={portalUrl("/developer/console/disputes")}
      />
    ),
    reason: "You get this because you are a company admin on Support Packs.",
  };
};
