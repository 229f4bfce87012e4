import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { TitleBar } from "@shopify/app-bridge-react";
import { BlockStack, Card, EmptyState, Layout, Page, Text } from "@shopify/polaris";
import { authenticate } from "../shopify.server";
import { shopForSession } from "../services/shops.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session, admin } = await authenticate.admin(request);
  const shop = await shopForSession(session.shop, admin.graphql);
  return { domain: shop.domain, timezone: shop.timezone };
};

export default function Home() {
  const { domain, timezone } = useLoaderData<typeof loader>();
  return (
    <Page>
      <TitleBar title="Support hours" />
      <Layout>
        <Layout.Section>
          <Card>
            <EmptyState heading="No support pack yet" image="">
              <p>Packs of developer hours bought for {domain} will show here with their expiry dates.</p>
            </EmptyState>
          </Card>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <Card>
            <BlockStack gap="200">
              <Text as="h2" variant="headingMd">
                Time zone
              </Text>
              <Text as="p">Expiry dates are counted in {timezone}.</Text>
            </BlockStack>
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
