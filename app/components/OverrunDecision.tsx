import { Button, InlineStack, Text } from "@shopify/polaris";
import { SectionCard } from "./SectionCard";
import { useState } from "react";

import { fieldError } from "../lib/result";
import { ConfirmButton } from "./ConfirmButton";
import { ReasonForm } from "./ReasonForm";
import { RefusalBanner } from "./RefusalBanner";
import { useDecision } from "./useDecision";
import { approveOverrunMessage } from "../lib/confirmations";
import { hours } from "../lib/format";

interface Props {
  quote: {
    title: string;
    estimateMinutes: number;
    /** The store's available hours now, besides this quote's hold. */
    availableMinutes: number;
    /** The developer's message with the completion. */
    completionNote: string | null;
  };
  actualMinutes: number;
}

/** A completion above the merchant's tolerance: approve the extra time, or dispute it with a reason. */
export function OverrunDecision({ quote, actualMinutes }: Props) {
  const { title, estimateMinutes, availableMinutes, completionNote: note } = quote;
  const { result, busy, decide } = useDecision();
  const [disputing, setDisputing] = useState(false);
  const [reason, setReason] = useState("");
  const actual = hours(actualMinutes);
  const extra = actualMinutes - estimateMinutes;
  const reasonError = fieldError(result, "reason");
  return (
    <SectionCard title="The work took longer than estimated">
      {result && !result.ok && !reasonError ? <RefusalBanner refusal={result} /> : null}
      <Text as="p">
        Estimate {hours(estimateMinutes)} · actual {actual} · extra {hours(extra)}. Nothing is charged until
        you decide; the estimate stays held.
      </Text>
      <Text as="p" fontWeight="semibold">
        Available besides this quote: {hours(availableMinutes)}
      </Text>
      {note ? <Text as="p">The developer says: {note}</Text> : null}
      {disputing ? (
        <ReasonForm
          label="Why do you dispute the extra time?"
          reason={reason}
          onReasonChange={setReason}
          error={reasonError}
          note="The company reviews it with the developer's time entries and decides what is charged."
          send={{
            label: "Send dispute",
            loading: busy === "dispute",
            title: "Send this dispute?",
            message: `Send your reason to the company. It decides what is charged, from 0.25 h to the ${actual} reported; ${hours(estimateMinutes)} stay held until then. A dispute cannot be withdrawn.`,
            onConfirm: () => decide("dispute", { reason }),
          }}
          onBack={() => setDisputing(false)}
        />
      ) : (
        <InlineStack gap="200">
          <ConfirmButton
            variant="primary"
            loading={busy === "approve-overrun"}
            title="Approve the extra time?"
            message={approveOverrunMessage({ title, estimateMinutes, actualMinutes }, availableMinutes)}
            confirmLabel={`Charge ${actual}`}
            onConfirm={() => decide("approve-overrun")}
          >
            {`Approve ${actual}`}
          </ConfirmButton>
          <Button onClick={() => setDisputing(true)}>Dispute</Button>
        </InlineStack>
      )}
    </SectionCard>
  );
}
