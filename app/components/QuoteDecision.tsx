import { Form, useActionData, useNavigation } from "@remix-run/react";
import { Banner, BlockStack, Button, Card, InlineStack, Text, TextField } from "@shopify/polaris";
import { useState } from "react";

import type { Refusal } from "../lib/http.server";

/** What deciding on a quote answered: a failure says what to do (and how many hours are missing). */
type DecisionResult = { ok: true } | Refusal;

/** Approve (places a hold of the estimate) or decline with an optional reason. */
export function QuoteDecision({ estimate }: { estimate: string }) {
  const result = useActionData<DecisionResult>();
  const navigation = useNavigation();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState("");
  const busy = navigation.state !== "idle" ? navigation.formData?.get("intent") : null;
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          Your decision
        </Text>
        {result && !result.ok ? (
          <Banner
            tone="warning"
            action={result.missingMinutes ? { content: "Buy a pack", url: "/app/packs" } : undefined}
          >
            <p>{result.message}</p>
          </Banner>
        ) : null}
        <Text as="p">
          Approving holds {estimate} of your hours until the work is done; you are charged the actual time.
        </Text>
        {declining ? (
          <Form method="post">
            <BlockStack gap="200">
              <input type="hidden" name="intent" value="decline" />
              <TextField
                label="Reason (optional)"
                name="reason"
                value={reason}
                onChange={setReason}
                multiline={3}
                maxLength={1000}
                autoComplete="off"
              />
              <InlineStack gap="200">
                <Button submit tone="critical" loading={busy === "decline"}>
                  Decline quote
                </Button>
                <Button onClick={() => setDeclining(false)}>Back</Button>
              </InlineStack>
            </BlockStack>
          </Form>
        ) : (
          <InlineStack gap="200">
            <Form method="post">
              <input type="hidden" name="intent" value="approve" />
              <Button submit variant="primary" loading={busy === "approve"}>
                Approve
              </Button>
            </Form>
            <Button onClick={() => setDeclining(true)}>Decline</Button>
          </InlineStack>
        )}
      </BlockStack>
    </Card>
  );
}
