import { Badge, BlockStack, Button, Card, InlineStack, Text } from "@shopify/polaris";
import { formatHours } from "../ledger";
import { day } from "../lib/format";

export interface PackCardData {
  id: string;
  tier: string;
  expiresOn: string | null;
  status: "active" | "expired" | "settled";
  ownLeftMinutes: number;
  carriedLeftMinutes: number;
  heldMinutes: number;
  availableMinutes: number;
  purchasedHours: number;
  carriedInHours: number;
}

const STATUS = {
  active: { tone: "success", label: "Active" },
  expired: { tone: "warning", label: "Expired" },
  settled: { tone: undefined, label: "Closed" },
} as const;

/** One pack on Home: hours left of its own and carried in, expiry, status, statement link. */
export function PackCard({ pack }: { pack: PackCardData }) {
  const status = STATUS[pack.status];
  return (
    <Card>
      <BlockStack gap="200">
        <InlineStack align="space-between" blockAlign="center">
          <Text as="h2" variant="headingMd">
            {pack.purchasedHours} h pack
          </Text>
          <Badge tone={status.tone}>{status.label}</Badge>
        </InlineStack>
        <Text as="p">
          {formatHours(pack.ownLeftMinutes)} of its own left
          {pack.carriedInHours > 0 ? `, ${formatHours(pack.carriedLeftMinutes)} carried in left` : ""}
          {pack.heldMinutes > 0 ? ` (${formatHours(pack.heldMinutes)} held)` : ""}.
        </Text>
        <Text as="p" tone="subdued">
          {pack.expiresOn === null
            ? "Never expires."
            : `${pack.status === "active" ? "Expires" : "Expired"} on ${day(pack.expiresOn, { year: true })}.`}
        </Text>
        <InlineStack>
          <Button url={`/app/packs/${pack.id}`} variant="plain">
            View statement
          </Button>
        </InlineStack>
      </BlockStack>
    </Card>
  );
}
