import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { TitleBar } from "@shopify/app-bridge-react";
import { BlockStack, Button, Card, EmptyState, InlineGrid, Layout, Page, Text } from "@shopify/polaris";
import { formatHours } from "../ledger";
import { ActivityCard } from "../components/ActivityCard";
import { PackCard } from "../components/PackCard";
import { useShopifyCdn } from "../lib/cdn";
import { recentActivity } from "../services/activity.server";
import { balanceSummary } from "../services/ledger/read.server";
import * as clock from "../clock.server";
import { requireShop } from "../merchant/auth.server";
import { day } from "../lib/format";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { shop } = await requireShop(request);
  const now = clock.now();
  const [summary, activity] = await Promise.all([balanceSummary(shop.id, now), recentActivity(shop.id, now)]);
  return {
    timeZone: shop.timezone,
    availableMinutes: summary?.availableMinutes ?? 0,
    heldMinutes: summary?.heldMinutes ?? 0,
    nextExpiry: summary?.nextExpiry ?? null,
    // Newest first; settled packs stay visible through their statements.
    packs: [...(summary?.packs ?? [])].reverse(),
    activity,
  };
};

export default function Home() {
  const data = useLoaderData<typeof loader>();
  const cdn = useShopifyCdn();
  if (data.packs.length === 0) {
    return (
      <Page>
        <TitleBar title="Support hours" />
        <Card>
          <EmptyState
            heading="Buy a support pack to get started"
            action={{ content: "See packs", url: "/app/packs" }}
            image={`${cdn}/s/files/1/0262/4071/2726/files/emptystate-files.png`}
          >
            <p>Prepaid developer hours, valid for 3 months. Unused hours move into your next pack.</p>
          </EmptyState>
        </Card>
      </Page>
    );
  }
  return (
    <Page>
      <TitleBar title="Support hours" />
      <Layout>
        <Layout.Section>
          <InlineGrid columns={{ xs: 1, sm: 3 }} gap="400">
            <Figure label="Available" value={formatHours(data.availableMinutes)} />
            <Figure label="Held for approved quotes" value={formatHours(data.heldMinutes)} />
            <Figure
              label="Next expiry"
              value={data.nextExpiry ? day(data.nextExpiry.expiresOn, { year: true }) : "None"}
              note={data.nextExpiry ? `${formatHours(data.nextExpiry.minutes)} expire then` : undefined}
            />
          </InlineGrid>
        </Layout.Section>
        <Layout.Section>
          <BlockStack gap="400">
            {data.packs.map((pack) => (
              <PackCard key={pack.id} pack={pack} />
            ))}
          </BlockStack>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <BlockStack gap="400">
            <ActivityCard activity={data.activity} />
            <Card>
              <BlockStack gap="200">
                <Text as="p" tone="subdued">
                  Dates are in your store&apos;s time zone ({data.timeZone}).
                </Text>
                <Button url="/app/packs">Buy hours</Button>
              </BlockStack>
            </Card>
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <Card>
      <BlockStack gap="100">
        <Text as="h2" variant="headingSm" tone="subdued">
          {label}
        </Text>
        <Text as="p" variant="heading2xl">
          {value}
        </Text>
        {note ? (
          <Text as="p" tone="subdued">
            {note}
          </Text>
        ) : null}
      </BlockStack>
    </Card>
  );
}
