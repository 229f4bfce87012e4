import { Button, FormLayout, Text } from "@shopify/polaris";
import { minutesToHours } from "../../ledger/units";
import { hours } from "../../lib/format";
import { ConfirmButton } from "./ConfirmButton";
import { IntentForm } from "./IntentForm";
import { FormCard } from "./FormCard";
import { FormField } from "./FormField";

interface QuoteFormProps {
  heading: string;
  submitLabel: string;
  /** The form's `intent` field, when the route's action serves several forms. */
  intent?: string;
  initial?: { title: string; description: string; estimateMinutes: number };
}

/** The fields of the quote form and of the complete form (they show their own errors). */
export const QUOTE_FIELDS = ["title", "description", "estimateHours"] as const;
export const COMPLETE_FIELDS = ["actualHours", "note"] as const;

/** A quote's title, description and estimate: new quotes and edits while pending. */
export function QuoteForm({ heading, submitLabel, intent, initial }: QuoteFormProps) {
  return (
    <FormCard title={heading} intent={intent}>
      <FormLayout>
        <FormField label="Title" name="title" initial={initial?.title} />
        <FormField label="Description" name="description" initial={initial?.description} multiline={4} />
        <FormField
          label="Estimate (hours)"
          name="estimateHours"
          initial={initial ? String(minutesToHours(initial.estimateMinutes)) : ""}
          helpText="Whole minutes, at least 0.25 h: 1.5 is 1 h 30 min."
        />
        <Button submit variant={initial ? undefined : "primary"}>
          {submitLabel}
        </Button>
      </FormLayout>
    </FormCard>
  );
}

/** Changes a pending quote. */
export function EditQuoteForm({ quote }: { quote: NonNullable<QuoteFormProps["initial"]> }) {
  return <QuoteForm heading="Edit while pending" submitLabel="Save changes" intent="edit" initial={quote} />;
}

/** What completing with `actual` (as typed) does, for the confirmation. */
function completionText(
  actual: string,
  quote: { estimateMinutes: number; customQuote: boolean; overrunLimitMinutes: number | null },
): string {
  const typed = Number(actual);
  const minutes = /^\d+(\.\d+)?$/.test(actual.trim()) ? Math.round(typed * 60) : null;
  const estimate = hours(quote.estimateMinutes);
  if (quote.customQuote)
    return `Complete this custom quote${minutes === null ? "" : ` with ${hours(minutes)} actual`}: nothing is charged to the store, and you are paid the quoted ${estimate}.`;
  if (minutes === null) return "Check the actual hours first: they must be a number of hours, such as 1.5.";
  if (quote.overrunLimitMinutes !== null && minutes > quote.overrunLimitMinutes)
    return `Report ${hours(minutes)} (estimate ${estimate}): that is above the ${hours(quote.overrunLimitMinutes)} the store accepts without asking, so nothing is charged until the merchant approves the extra time or disputes it.`;
  return `Charge ${hours(minutes)} to the store's packs: estimate ${estimate}, actual ${hours(minutes)}. The held hours are used first; this cannot be undone.`;
}

/** Completes an approved quote; the actual total defaults to the logged time. */
export function CompleteForm({
  defaultMinutes,
  estimateMinutes,
  overrunLimitMinutes,
  customQuote,
}: {
  defaultMinutes: number;
  estimateMinutes: number;
  overrunLimitMinutes: number | null;
  customQuote: boolean;
}) {
  const label = customQuote ? "Complete" : "Complete and charge";
  return (
    <FormCard title="Complete the work" intent="complete">
      <Text as="p" tone="subdued">
        {customQuote
          ? "A custom quote: nothing is charged to the store; the actual hours are kept for the record. Defaults to the time logged."
          : "The store is charged the actual hours (held hours first). Defaults to the time logged."}
      </Text>
      <FormLayout>
        <FormField
          label="Actual hours"
          name="actualHours"
          initial={defaultMinutes > 0 ? String(minutesToHours(defaultMinutes)) : ""}
        />
        <FormField
          label="Message to the merchant (optional)"
          name="note"
          multiline={2}
          maxLength={1000}
          helpText="Say why, if the work took longer than estimated."
        />
        <ConfirmButton
          variant="primary"
          title={customQuote ? "Complete this custom quote?" : "Complete and charge the store?"}
          body={(fields) =>
            completionText(String(fields.get("actualHours") ?? ""), {
              estimateMinutes,
              customQuote,
              overrunLimitMinutes,
            })
          }
        >
          {label}
        </ConfirmButton>
      </FormLayout>
    </FormCard>
  );
}

/** Withdraws a pending or approved quote (releasing an approved quote's hold). */
export function WithdrawForm({
  quote,
}: {
  quote: { title: string; status: string; estimateMinutes: number };
}) {
  const effect =
    quote.status === "approved"
      ? `The merchant sees it withdrawn and the ${hours(quote.estimateMinutes)} held for it go back to the store's packs.`
      : "The merchant sees it withdrawn and can no longer approve it.";
  return (
    <IntentForm intent="withdraw">
      <ConfirmButton
        tone="critical"
        variant="plain"
        destructive
        title={`Withdraw “${quote.title}”?`}
        confirmLabel="Withdraw quote"
        body={`${effect} This cannot be undone: write a new quote to offer the work again.`}
      >
        Withdraw this quote
      </ConfirmButton>
    </IntentForm>
  );
}
