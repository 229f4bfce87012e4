import { BlockStack, Button, InlineStack, Text, TextField } from "@shopify/polaris";
import { ConfirmButton } from "./ConfirmButton";

interface Props {
  /** The field's label: what the reason answers ("Why do you dispute the extra time?"). */
  label: string;
  reason: string;
  onReasonChange: (reason: string) => void;
  /** The action's answer naming the reason field, if any. */
  error: string | undefined;
  /** A line under the field: who reads the reason and what follows. */
  note?: string;
  /** The button that sends the decision, and the confirmation it asks first. */
  send: { label: string; loading: boolean; title: string; message: string; onConfirm: () => void };
  onBack: () => void;
}

/** A decision sent with a reason (decline a quote, dispute an overrun): the reason, then send it or go back. */
export function ReasonForm({ label, reason, onReasonChange, error, note, send, onBack }: Props) {
  return (
    <BlockStack gap="200">
      <TextField
        label={label}
        name="reason"
        value={reason}
        onChange={onReasonChange}
        multiline={3}
        maxLength={1000}
        autoComplete="off"
        error={error}
      />
      {note ? (
        <Text as="p" tone="subdued">
          {note}
        </Text>
      ) : null}
      <InlineStack gap="200">
        <ConfirmButton
          destructive
          loading={send.loading}
          title={send.title}
          message={send.message}
          confirmLabel={send.label}
          onConfirm={send.onConfirm}
        >
          {send.label}
        </ConfirmButton>
        <Button onClick={onBack}>Back</Button>
      </InlineStack>
    </BlockStack>
  );
}
