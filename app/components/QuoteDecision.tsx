import { Form, useActionData, useNavigation } from "@remix-run/react";
import { Banner, BlockStack, Button, Card, InlineStack, Text, TextField } from "@shopify/polaris";
import { useState } from "react";
import type { Refusal } from "../lib/http.server";
import { fieldError } from "../lib/result";
import { money } from "../lib/format";

/** What deciding on a quote answered: a failure says what to do (and how many hours are missing). */
type DecisionResult = { ok: true } | Refusal;

interface Props {
  estimate: string;
  /** Paying outright (a custom quote): its price and hourly rate. */
  offer: { priceCents: number; rateCents: number } | null;
  /** A payment started and not yet confirmed by Shopify: its purchase page. */
  waitingPaymentId: string | null;
}

/** A pending quote: approve against hours (a hold of the estimate), pay it outright, or decline. */
export function QuoteDecision({ estimate, offer, waitingPaymentId }: Props) {
  const result = useActionData<DecisionResult>();
  const navigation = useNavigation();
  const reasonError = fieldError(result, "reason");
  // A refused reason reopens the decline form (a page served after a form post starts here).
  const [declining, setDeclining] = useState(reasonError !== undefined);
  const [reason, setReason] = useState("");
  const busy = navigation.state !== "idle" ? navigation.formData?.get("intent") : null;
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          Your decision
        </Text>
        {result && !result.ok && !reasonError ? (
          <Banner
            tone="warning"
            action={result.missingMinutes ? { content: "Buy a pack", url: "/app/packs" } : undefined}
          >
            <p>{result.message}</p>
          </Banner>
        ) : null}
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
        <Text as="p">
          Approving holds {estimate} of your packs until the work is done; you are charged the actual time.
        </Text>
        {offer ? (
          <Text as="p">
            Or pay {money(offer.priceCents)} now ({estimate} at {money(offer.rateCents)}/h): no hours are
            used, and the price stays fixed whatever the work takes.
          </Text>
        ) : null}
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
                error={reasonError}
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
                {`Approve (hold ${estimate} of your packs)`}
              </Button>
            </Form>
            {offer ? (
              <Form method="post">
                <input type="hidden" name="intent" value="pay" />
                <Button submit loading={busy === "pay"}>
                  {`Pay ${money(offer.priceCents)} instead`}
                </Button>
              </Form>
            ) : null}
            <Button onClick={() => setDeclining(true)}>Decline</Button>
          </InlineStack>
        )}
      </BlockStack>
    </Card>
  );
}
