import { BlockStack, Button, InlineStack, Text } from "@shopify/polaris";
import { SectionCard } from "../SectionCard";
import { dayOf } from "../../lib/format";
import { IntentForm } from "./IntentForm";

interface IncomingRequest {
  shopId: string;
  id: string;
  domain: string;
  timeZone: string;
  sentAt: string;
}

function AnswerButton({ request, answer }: { request: IncomingRequest; answer: "accept" | "decline" }) {
  return (
    <IntentForm
      intent={answer === "accept" ? "accept-request" : "decline-request"}
      fields={{ shopId: request.shopId, requestId: request.id }}
    >
      <Button
        submit
        variant={answer === "accept" ? "primary" : undefined}
        accessibilityLabel={`${answer === "accept" ? "Accept" : "Decline"} ${request.domain}`}
      >
        {answer === "accept" ? "Accept" : "Decline"}
      </Button>
    </IntentForm>
  );
}

/** Stores asking to connect with the developer: accept (the store joins Clients) or decline. */
export function ConnectionRequestsCard({ requests }: { requests: IncomingRequest[] }) {
  if (requests.length === 0) return null;
  return (
    <SectionCard title="Stores asking to connect">
      <Text as="p" tone="subdued">
        Accepting lets the store see you in its Settings and lets you quote for it; it can revoke you at any
        time.
      </Text>
      <BlockStack gap="200" as="ul">
        {requests.map((request) => (
          <InlineStack key={request.id} align="space-between" blockAlign="center" as="li">
            <Text as="span">
              <Text as="span" fontWeight="semibold">
                {request.domain}
              </Text>{" "}
              asked on {dayOf(new Date(request.sentAt), request.timeZone)}
            </Text>
            <InlineStack gap="200">
              <AnswerButton request={request} answer="accept" />
              <AnswerButton request={request} answer="decline" />
            </InlineStack>
          </InlineStack>
        ))}
      </BlockStack>
    </SectionCard>
  );
}
