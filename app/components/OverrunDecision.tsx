import { Form, useActionData, useNavigation } from "@remix-run/react";
import { Banner, BlockStack, Button, Card, InlineStack, Text, TextField } from "@shopify/polaris";
import { useState } from "react";
import { formatHours } from "../ledger";
import type { Refusal } from "../lib/http.server";

interface Props {
  estimateMinutes: number;
  actualMinutes: number;
  note: string | null;
}

/** A completion above the merchant's tolerance: approve the extra time, or dispute it with a reason. */
export function OverrunDecision({ estimateMinutes, actualMinutes, note }: Props) {
  const result = useActionData<{ ok: true } | Refusal>();
  const navigation = useNavigation();
  const [disputing, setDisputing] = useState(false);
  const [reason, setReason] = useState("");
  const busy = navigation.state !== "idle" ? navigation.formData?.get("intent") : null;
  const actual = formatHours(actualMinutes);
  const reasonError =
    result && !result.ok ? result.errors.find((e) => e.field === "reason")?.message : undefined;
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          The work took longer than estimated
        </Text>
        {result && !result.ok && !reasonError ? (
          <Banner
            tone="warning"
            action={result.missingMinutes ? { content: "Buy a pack", url: "/app/packs" } : undefined}
          >
            <p>{result.message}</p>
          </Banner>
        ) : null}
        <Text as="p">
          Estimate {formatHours(estimateMinutes)} · actual {actual} · extra{" "}
          {formatHours(actualMinutes - estimateMinutes)}. Nothing is charged until you decide; the estimate
          stays held.
        </Text>
        {note ? <Text as="p">The developer says: {note}</Text> : null}
        {disputing ? (
          <Form method="post">
            <BlockStack gap="200">
              <input type="hidden" name="intent" value="dispute" />
              <TextField
                label="Why do you dispute the extra time?"
                name="reason"
                value={reason}
                onChange={setReason}
                multiline={3}
                maxLength={1000}
                autoComplete="off"
                error={reasonError}
              />
              <Text as="p" tone="subdued">
                The company reviews it with the developer&apos;s time entries and decides what is charged.
              </Text>
              <InlineStack gap="200">
                <Button submit tone="critical" loading={busy === "dispute"}>
                  Send dispute
                </Button>
                <Button onClick={() => setDisputing(false)}>Back</Button>
              </InlineStack>
            </BlockStack>
          </Form>
        ) : (
          <InlineStack gap="200">
            <Form method="post">
              <input type="hidden" name="intent" value="approve-overrun" />
              <Button submit variant="primary" loading={busy === "approve-overrun"}>
                {`Approve ${actual}`}
              </Button>
            </Form>
            <Button onClick={() => setDisputing(true)}>Dispute</Button>
          </InlineStack>
        )}
      </BlockStack>
    </Card>
  );
}
