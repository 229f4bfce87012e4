import { Form, useSubmit } from "@remix-run/react";
import { ConfirmButton } from "./ConfirmButton";
import { Badge, BlockStack, Button, Card, InlineStack, Text } from "@shopify/polaris";
import { TextInput } from "./TextInput";
import { useState, type ReactNode } from "react";

interface Developer {
  developerId: string;
  name: string;
  email: string;
  source: "merchant" | "offer";
}

interface SentRequest {
  id: string;
  email: string;
  status: "pending" | "declined";
  sentOn: string;
  askAgainOn: string | null;
}

function Row({ title, detail, action }: { title: ReactNode; detail: ReactNode; action?: ReactNode }) {
  return (
    <InlineStack align="space-between" blockAlign="center">
      <BlockStack>
        <Text as="span" fontWeight="semibold">
          {title}
        </Text>
        <Text as="span" tone="subdued">
          {detail}
        </Text>
      </BlockStack>
      {action}
    </InlineStack>
  );
}

function IntentButton(props: {
  intent: string;
  name: string;
  value: string;
  label: string;
  critical?: boolean;
}) {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={props.intent} />
      <input type="hidden" name={props.name} value={props.value} />
      <Button submit tone={props.critical ? "critical" : undefined} variant="plain">
        {props.label}
      </Button>
    </Form>
  );
}

/** Revoking asks first: it cannot be undone (connecting again takes a new request). */
function RevokeButton({ developerId, name }: { developerId: string; name: string }) {
  const submit = useSubmit();
  return (
    <ConfirmButton
      variant="plain"
      destructive
      title={`Revoke ${name}'s access?`}
      message={`${name} can no longer see or quote for your store. Connecting again takes a new request.`}
      confirmLabel="Revoke access"
      onConfirm={() => submit({ intent: "revoke", developerId }, { method: "post" })}
    >
      Revoke access
    </ConfirmButton>
  );
}

/**
 * Connected developers with Revoke, the store's requests (as typed, with where they stand) and a
 * form to ask a developer to connect by email.
 */
export function DevelopersCard({
  developers,
  requests,
  emailError,
}: {
  developers: Developer[];
  requests: SentRequest[];
  emailError?: string;
}) {
  // Each request sent empties the address field (a new field, keyed by the count sent).
  const [sent, setSent] = useState(0);
  return (
    <Card>
      <BlockStack gap="400">
        {developers.length === 0 && requests.length === 0 ? (
          <Text as="p" tone="subdued">
            No developer is connected yet.
          </Text>
        ) : null}
        {developers.map((developer) => (
          <Row
            key={developer.developerId}
            title={developer.name}
            detail={`${developer.email}${developer.source === "offer" ? " · through a pack they sold you" : ""}`}
            action={<RevokeButton developerId={developer.developerId} name={developer.name} />}
          />
        ))}
        {requests.map((request) =>
          request.status === "pending" ? (
            <Row
              key={request.id}
              title={request.email}
              detail={
                <InlineStack gap="200" blockAlign="center">
                  <Badge tone="attention">Waiting for the developer</Badge>
                  <span>Asked on {request.sentOn}</span>
                </InlineStack>
              }
              action={
                <IntentButton
                  intent="cancel-request"
                  name="requestId"
                  value={request.id}
                  label="Cancel request"
                />
              }
            />
          ) : (
            <Row
              key={request.id}
              title={request.email}
              detail={`Declined. You can ask again from ${request.askAgainOn ?? "later"}.`}
            />
          ),
        )}
        <Form method="post" onSubmit={() => setSent(sent + 1)}>
          <input type="hidden" name="intent" value="connect" />
          <InlineStack gap="200" blockAlign="end">
            <TextInput
              key={sent}
              label="Connect a developer by email"
              type="email"
              name="email"
              autoComplete="email"
              maxLength={254}
              error={emailError}
              helpText="They get a request in their developer portal and connect once they accept."
            />
            <Button submit>Send request</Button>
          </InlineStack>
        </Form>
      </BlockStack>
    </Card>
  );
}
