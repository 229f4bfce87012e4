import { Link } from "@remix-run/react";
import { Badge, BlockStack, Button, InlineStack, Text } from "@shopify/polaris";
import { SectionCard } from "../SectionCard";
import { dayOf } from "../../lib/format";
import { IntentForm } from "./IntentForm";
import type { NotificationRow } from "../../services/developers/notifications.server";

/** A reminder as the loader sends it: its time as an ISO string. */
type Notification = Omit<NotificationRow, "createdAt"> & { createdAt: string };

/** The developer's latest expiring-hours reminders, newest first. */
export function NotificationsCard({ notifications }: { notifications: Notification[] }) {
  if (notifications.length === 0) return null;
  const unread = notifications.filter((n) => !n.read).length;
  return (
    <SectionCard
      title="Notifications"
      aside={
        unread > 0 ? (
          <IntentForm intent="read-notifications">
            <Button submit variant="plain">
              Mark all as read
            </Button>
          </IntentForm>
        ) : null
      }
    >
      <BlockStack gap="200" as="ul">
        {notifications.map((n) => (
          <InlineStack key={n.id} gap="200" blockAlign="center" wrap={false} as="li">
            {n.read ? null : <Badge tone="attention">New</Badge>}
            <Text as="span" tone={n.read ? "subdued" : undefined}>
              <Link to={`/developer/stores/${n.shopId}`}>{n.domain}</Link>: {n.message}
            </Text>
            <Text as="span" tone="subdued">
              {dayOf(new Date(n.createdAt), n.timeZone)}
            </Text>
          </InlineStack>
        ))}
      </BlockStack>
    </SectionCard>
  );
}
