import { InlineStack, Text } from "@shopify/polaris";
import { SectionCard } from "./SectionCard";
import type { Activity } from "../services/activity.server";
import { day } from "../lib/format";

/** The latest ledger entries, in words. */
export function ActivityCard({ activity }: { activity: Activity[] }) {
  return (
    <SectionCard title="Recent activity">
      {activity.length === 0 ? (
        <Text as="p" tone="subdued">
          Nothing yet.
        </Text>
      ) : (
        activity.map((item) => (
          <InlineStack key={item.id} align="space-between" gap="200" wrap={false}>
            <Text as="span">{item.description}</Text>
            <Text as="span" tone="subdued">
              {day(item.date)}
            </Text>
          </InlineStack>
        ))
      )}
    </SectionCard>
  );
}
