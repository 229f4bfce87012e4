import { Badge, BlockStack, Button, Card, InlineStack, Link, Select, Text } from "@shopify/polaris";
import { useState } from "react";
import { count, day, hours } from "../../lib/format";
import { BalanceLine } from "./BalanceLine";
import { IntentForm } from "./IntentForm";

export const TIER_OPTIONS = [
  { label: "10 h (unlisted, by link only)", value: "10h" },
  { label: "25 h", value: "25h" },
  { label: "50 h", value: "50h" },
  { label: "75 h", value: "75h" },
];

export interface ClientView {
  shopId: string;
  domain: string;
  availableMinutes: number;
  heldMinutes: number;
  nextExpiry: { minutes: number; expiresOn: string; daysLeft: number } | null;
  atRiskMinutes: number;
  expiringSoon: { minutes: number; expiresOn: string; daysLeft: number }[];
  openWindows: { minutes: number; expiredOn: string; buyBy: string }[];
  urgency: number;
}

function UrgencyBadge({ urgency }: { urgency: number }) {
  if (urgency === 0) return <Badge tone="critical">Hours expired: renewal window open</Badge>;
  if (urgency === 1) return <Badge tone="warning">Hours at risk within 30 days</Badge>;
  if (urgency === 2) return <Badge tone="success">On track</Badge>;
  return <Badge>No hours</Badge>;
}

/** One connected store on the Clients page: its hours, what is at risk, and an offer link form. */
export function ClientCard({ client }: { client: ClientView }) {
  const [tier, setTier] = useState("25h");
  return (
    <Card>
      <BlockStack gap="300">
        <InlineStack align="space-between" blockAlign="center">
          <Link url={`/developer/stores/${client.shopId}`}>{client.domain}</Link>
          <UrgencyBadge urgency={client.urgency} />
        </InlineStack>
        <BalanceLine
          availableMinutes={client.availableMinutes}
          heldMinutes={client.heldMinutes}
          next={client.nextExpiry}
        />
        {client.openWindows.map((w) => (
          <Text as="p" tone="critical" key={`${w.expiredOn}-${w.buyBy}`}>
            {hours(w.minutes)} expired on {day(w.expiredOn)}; a pack bought by {day(w.buyBy)} keeps them.
          </Text>
        ))}
        {client.expiringSoon.map((e) => (
          <Text as="p" tone="caution" key={`${e.expiresOn}-${e.minutes}`}>
            {hours(e.minutes)} unused expire on {day(e.expiresOn)} ({count(e.daysLeft, "day")} left).
          </Text>
        ))}
        <IntentForm intent="offer" fields={{ shopDomain: client.domain }}>
          <InlineStack gap="200" blockAlign="end">
            <Select
              label={`Offer a pack to ${client.domain}`}
              name="tier"
              options={TIER_OPTIONS}
              value={tier}
              onChange={setTier}
            />
            <Button submit accessibilityLabel={`Create an offer link for ${client.domain}`}>
              Create offer link
            </Button>
          </InlineStack>
        </IntentForm>
      </BlockStack>
    </Card>
  );
}
