import { Form, useActionData } from "@remix-run/react";
import { BlockStack, Button, Card, FormLayout, Text, TextField } from "@shopify/polaris";
import { useState } from "react";
import { minutesToHours } from "../../ledger/units";
import { fieldError } from "../../lib/result";
import { CsrfField } from "./CsrfField";

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
  const result = useActionData();
  const [title, setTitle] = useState(initial?.title ?? "");
  const [description, setDescription] = useState(initial?.description ?? "");
  const [hours, setHours] = useState(initial ? String(minutesToHours(initial.estimateMinutes)) : "");
  return (
    <Card>
      <Form method="post">
        <CsrfField />
        {intent ? <input type="hidden" name="intent" value={intent} /> : null}
        <BlockStack gap="300">
          <Text as="h2" variant="headingMd">
            {heading}
          </Text>
          <FormLayout>
            <TextField
              label="Title"
              name="title"
              value={title}
              onChange={setTitle}
              autoComplete="off"
              error={fieldError(result, "title")}
            />
            <TextField
              label="Description"
              name="description"
              value={description}
              onChange={setDescription}
              multiline={4}
              autoComplete="off"
              error={fieldError(result, "description")}
            />
            <TextField
              label="Estimate (hours)"
              name="estimateHours"
              value={hours}
              onChange={setHours}
              helpText="Whole minutes, at least 0.25 h: 1.5 is 1 h 30 min."
              autoComplete="off"
              error={fieldError(result, "estimateHours")}
            />
            <Button submit variant={initial ? undefined : "primary"}>
              {submitLabel}
            </Button>
          </FormLayout>
        </BlockStack>
      </Form>
    </Card>
  );
}

/** Changes a pending quote. */
export function EditQuoteForm({ quote }: { quote: NonNullable<QuoteFormProps["initial"]> }) {
  return <QuoteForm heading="Edit while pending" submitLabel="Save changes" intent="edit" initial={quote} />;
}

/** Completes an approved quote; the actual total defaults to the logged time. */
export function CompleteForm({
  defaultMinutes,
  customQuote,
}: {
  defaultMinutes: number;
  customQuote: boolean;
}) {
  const result = useActionData();
  const [hours, setHours] = useState(defaultMinutes > 0 ? String(minutesToHours(defaultMinutes)) : "");
  const [note, setNote] = useState("");
  return (
    <Card>
      <Form method="post">
        <CsrfField />
        <input type="hidden" name="intent" value="complete" />
        <BlockStack gap="300">
          <Text as="h2" variant="headingMd">
            Complete the work
          </Text>
          <Text as="p" tone="subdued">
            {customQuote
              ? "A custom quote: nothing is charged to the store; the actual hours are kept for the record. Defaults to the time logged."
              : "The store is charged the actual hours (held hours first). Defaults to the time logged."}
          </Text>
          <FormLayout>
            <TextField
              label="Actual hours"
              name="actualHours"
              value={hours}
              onChange={setHours}
              autoComplete="off"
              error={fieldError(result, "actualHours")}
            />
            <TextField
              label="Message to the merchant (optional)"
              name="note"
              value={note}
              onChange={setNote}
              multiline={2}
              maxLength={1000}
              helpText="Say why, if the work took longer than estimated."
              autoComplete="off"
              error={fieldError(result, "note")}
            />
            <Button submit variant="primary">
              {customQuote ? "Complete" : "Complete and charge"}
            </Button>
          </FormLayout>
        </BlockStack>
      </Form>
    </Card>
  );
}

/** Withdraws a pending or approved quote (releasing an approved quote's hold). */
export function WithdrawForm() {
  return (
    <Form method="post">
      <CsrfField />
      <input type="hidden" name="intent" value="withdraw" />
      <Button submit tone="critical" variant="plain">
        Withdraw this quote
      </Button>
    </Form>
  );
}
