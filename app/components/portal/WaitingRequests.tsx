import { BlockStack, Button, InlineStack, Text } from "@shopify/polaris";
import { SectionCard } from "../SectionCard";
import { TextInput } from "../TextInput";
import { IntentForm } from "./IntentForm";

interface WaitingAddress {
  email: string;
  account: "none" | "invited";
  requests: { domain: string; sentOn: string }[];
}

function InviteWaiting({ email }: { email: string }) {
  return (
    <IntentForm intent="invite" fields={{ email: email, role: "developer" }}>
      <InlineStack gap="200" blockAlign="end">
        <TextInput label={`Name of ${email}`} labelHidden placeholder="Name" name="name" />
        <Button submit accessibilityLabel={`Invite ${email}`}>
          Invite as developer
        </Button>
      </InlineStack>
    </IntentForm>
  );
}

/**
 * Addresses stores asked to connect that no set-up account answers yet. Inviting one is the
 * company's decision; once they set a password, the requests wait on their portal home.
 */
export function WaitingRequests({ waiting }: { waiting: WaitingAddress[] }) {
  if (waiting.length === 0) return null;
  return (
    <SectionCard title="Requests waiting for an account">
      <Text as="p" tone="subdued">
        Stores asked these addresses to connect. Nobody is told anything until you invite them; their requests
        then wait on their portal home.
      </Text>
      {waiting.map((address) => (
        <InlineStack key={address.email} align="space-between" blockAlign="center" gap="200">
          <BlockStack>
            <Text as="span" fontWeight="semibold">
              {address.email}
            </Text>
            <Text as="span" tone="subdued">
              Requested by {address.requests.map((r) => `${r.domain} (${r.sentOn})`).join(", ")}
            </Text>
          </BlockStack>
          {address.account === "none" ? (
            <InviteWaiting email={address.email} />
          ) : (
            <Text as="span" tone="subdued">
              Invited, not set up yet: issue a new invite link from their row below.
            </Text>
          )}
        </InlineStack>
      ))}
    </SectionCard>
  );
}
