import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useNavigate, useRouteLoaderData } from "@remix-run/react";
import { TitleBar } from "@shopify/app-bridge-react";
import { BlockStack, Card, InlineGrid, Layout, Text } from "@shopify/polaris";
import { PlainPage } from "../components/PlainPage";
import { ActivityCard } from "../components/ActivityCard";
import { ExpiryBanners } from "../components/ExpiryBanners";
import { PackCard } from "../components/PackCard";
import { ReviewCard } from "../components/ReviewCard";
import { UsageCard } from "../components/UsageCard";
import { useShopifyCdn } from "../lib/cdn";
import { recentActivity } from "../services/activity.server";
import { balanceSummary } from "../services/ledger/read.server";
import { reviewQueue, waitingCount } from "../services/quotes/review.server";
import { usageByWeek } from "../services/usage-weeks.server";
import * as clock from "../clock.server";
import { requireShop } from "../merchant/auth.server";
import type { loader as appLoader } from "./app";
import { day, dayOf, hours } from "../lib/format";
import HomeEmpty from "../components/HomeEmpty";

// Only a store without packs sees it: it stays out of the first load of everyone else's Home.

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { shop } = await requireShop(request);
  const now = clock.now();
  const [summary, activity, review, waiting, weeks] = await Promise.all([
    balanceSummary(shop.id, now),
    recentActivity(shop.id, now),
    reviewQueue(shop.id),
    waitingCount(shop.id),
    usageByWeek(shop.id, shop.timezone, now),
  ]);
  const packs = summary?.packs ?? [];
  return {
    timeZone: shop.timezone,
    availableMinutes: summary?.availableMinutes ?? 0,
    heldMinutes: summary?.heldMinutes ?? 0,
    nextExpiry: summary?.nextExpiry ?? null,
    // Newest first; settled packs stay visible through their statements.
    packs: [...packs].reverse(),
    activity,
    weeks,
    // What expires when: the unused hours of each pack still running, soonest first.
    expiries: packs
      .filter((p) => p.status === "active" && p.expiresOn !== null && p.availableMinutes > 0)
      .map((p) => ({ expiresOn: p.expiresOn ?? "", minutes: p.availableMinutes }))
      .sort((a, b) => a.expiresOn.localeCompare(b.expiresOn)),
    // Dates worded here, in the store's zone: the time zone code stays out of the browser's bundle.
    review: review.map(({ receivedAt, ...item }) => ({
      ...item,
      received: dayOf(receivedAt, shop.timezone),
    })),
    waiting,
  };
};

export default function Home() {
  const data = useLoaderData<typeof loader>();
  const banners = useRouteLoaderData<typeof appLoader>("routes/app")?.banners ?? [];
  const navigate = useNavigate();
  const cdn = useShopifyCdn();
  const titleBar = (
    <TitleBar title="Support hours">
      {/* eslint-disable-next-line react/no-unknown-property -- App Bridge reads the title bar button's variant */}
      <button variant="primary" onClick={() => navigate("/app/packs")}>
        Buy hours
      </button>
    </TitleBar>
  );
  if (data.packs.length === 0 && data.waiting === 0) {
    return (
      <PlainPage>
        {titleBar}
        <HomeEmpty image={`${cdn}/s/files/1/0262/4071/2726/files/emptystate-files.png`} />
      </PlainPage>
    );
  }
  return (
    <PlainPage>
      {titleBar}
      <Layout>
        {banners.length > 0 ? (
          <Layout.Section>
            <ExpiryBanners banners={banners} inPage />
          </Layout.Section>
        ) : null}
        <Layout.Section>
          <InlineGrid columns={{ xs: 1, sm: 3 }} gap="400">
            <Figure label="Available" value={hours(data.availableMinutes)} />
            <Figure label="Held for approved quotes" value={hours(data.heldMinutes)} />
            <Figure
              label="Next expiry"
              value={data.nextExpiry ? day(data.nextExpiry.expiresOn, { year: true }) : "None"}
              note={data.nextExpiry ? `${hours(data.nextExpiry.minutes)} expire then` : undefined}
            />
          </InlineGrid>
        </Layout.Section>
        <Layout.Section>
          <BlockStack gap="400">
            <ReviewCard items={data.review} total={data.waiting} availableMinutes={data.availableMinutes} />
            {data.packs.map((pack) => (
              <PackCard key={pack.id} pack={pack} />
            ))}
          </BlockStack>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <BlockStack gap="400">
            <UsageCard weeks={data.weeks} expiries={data.expiries} />
            <ActivityCard activity={data.activity} />
            <Text as="p" tone="subdued">
              Dates are in your store&apos;s time zone ({data.timeZone}).
            </Text>
          </BlockStack>
        </Layout.Section>
      </Layout>
    </PlainPage>
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
