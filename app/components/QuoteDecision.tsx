import { Banner, Button, InlineStack, Text } from "@shopify/polaris";
import { SectionCard } from "./SectionCard";
import { useState } from "react";

import { fieldError } from "../lib/result";
import { ConfirmButton } from "./ConfirmButton";
import { ReasonForm } from "./ReasonForm";
import { RefusalBanner } from "./RefusalBanner";
import { useDecision } from "./useDecision";
import { approveQuoteMessage } from "../lib/confirmations";
import { hours, money } from "../lib/format";

interface PendingQuote {
  title: string;
  estimateMinutes: number;
  /** The store's available hours now (unheld, unexpired). */
  availableMinutes: number;
  /** What to buy when the estimate is above the available hours ("Buy a 25 h pack"), or null. */
  buyHint: string | null;
  /** Paying outright (a custom quote): its price and hourly rate. */
  offer: { priceCents: number; rateCents: number } | null;
  /** A payment started and not yet confirmed by Shopify: its purchase page. */
  waitingPaymentId: string | null;
}

/** A pending quote: approve against hours (a hold of the estimate), pay it outright, or decline. */
export function QuoteDecision({ quote }: { quote: PendingQuote }) {
  const { title, estimateMinutes, availableMinutes, buyHint, offer, waitingPaymentId } = quote;
  const { result, busy, decide } = useDecision();
  const reasonError = fieldError(result, "reason");
  // A refused reason reopens the decline form (a page served after a form post starts here).
  const [declining, setDeclining] = useState(reasonError !== undefined);
  const [reason, setReason] = useState("");

  const estimate = hours(estimateMinutes);
  const short = estimateMinutes - availableMinutes;
  return (
    <SectionCard title="Your decision">
      {result && !result.ok && !reasonError ? <RefusalBanner refusal={result} /> : null}
      {waitingPaymentId ? (
        <Banner
          tone="info"
          action={{ content: "Check the payment", url: `/app/purchases/${waitingPaymentId}` }}
        >
          <p>
            A payment for this quote is waiting for Shopify. It is approved as soon as Shopify confirms it.
          </p>
        </Banner>
      ) : null}
      <Text as="p" fontWeight="semibold">
        Available now: {hours(availableMinutes)}
      </Text>
      <Text as="p">
        Approving holds {estimate} of your packs until the work is done; you are charged the actual time.
        {short > 0 ? ` You are ${hours(short)} short: ${buyHint ?? "buy hours"} first.` : ""}
      </Text>
      {offer ? (
        <Text as="p">
          Or pay {money(offer.priceCents)} now ({estimate} at {money(offer.rateCents)}/h): no hours are used,
          and the price stays fixed whatever the work takes.
        </Text>
      ) : null}
      {declining ? (
        <ReasonForm
          label="Reason (optional)"
          reason={reason}
          onReasonChange={setReason}
          error={reasonError}
          send={{
            label: "Decline quote",
            loading: busy === "decline",
            title: "Decline this quote?",
            message: `Decline “${title}”. The developer is told${reason.trim() ? " your reason" : ""}; this cannot be undone. No hours are used.`,
            onConfirm: () => decide("decline", { reason }),
          }}
          onBack={() => setDeclining(false)}
        />
      ) : (
        <InlineStack gap="200">
          <ConfirmButton
            variant="primary"
            loading={busy === "approve"}
            title="Approve this quote?"
            message={approveQuoteMessage({ title, estimateMinutes }, availableMinutes)}
            confirmLabel={`Hold ${estimate}`}
            onConfirm={() => decide("approve")}
          >
            {`Approve (hold ${estimate} of your packs)`}
          </ConfirmButton>
          {offer ? (
            <ConfirmButton
              loading={busy === "pay"}
              title="Pay for this quote?"
              message={`Pay ${money(offer.priceCents)} through Shopify for “${title}”. Shopify asks you to approve the charge; no hours are used.`}
              confirmLabel={`Pay ${money(offer.priceCents)}`}
              onConfirm={() => decide("pay")}
            >
              {`Pay ${money(offer.priceCents)} instead`}
            </ConfirmButton>
          ) : null}
          <Button onClick={() => setDeclining(true)}>Decline</Button>
        </InlineStack>
      )}
    </SectionCard>
  );
}
