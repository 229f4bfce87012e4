import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation, useSubmit } from "@remix-run/react";
import { TitleBar } from "@shopify/app-bridge-react";
import { Badge, Banner, BlockStack, Card, InlineGrid, InlineStack, Text } from "@shopify/polaris";
import { PlainPage } from "../components/PlainPage";
import { ConfirmButton } from "../components/ConfirmButton";
import { boundary } from "@shopify/shopify-app-remix/server";
import { z } from "zod";
import { catalogFor } from "../services/billing/catalog.server";
import { startPurchase } from "../services/billing/purchases.server";
import { authenticate } from "../shopify.server";
import * as clock from "../clock.server";
import { line, oneOf, parse } from "../lib/forms";
import { badRequest, readForm, refuse } from "../lib/http.server";
import { checkShopifyParams, requireShop } from "../merchant/auth.server";
import { money } from "../lib/format";

// Any query parameter other than an offer token is ignored; the offer token is bounded.
const CatalogQuery = z.object({ offer: line(2000).optional() });

export const loader = async ({ request }: LoaderFunctionArgs) => {
  checkShopifyParams(request);
  const { session } = await authenticate.admin(request);
  const query = parse(CatalogQuery, new URL(request.url).searchParams);
  if (!query.ok) throw badRequest(query);
  return catalogFor(session.shop, query.data.offer ?? null, clock.now());
};

const BuyForm = z.object({ tier: oneOf(["10h", "25h", "50h", "75h"]), offer: line(2000).optional() });

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session, admin, redirect, shop } = await requireShop(request);
  const parsed = parse(BuyForm, await readForm(request));
  if (!parsed.ok) return refuse(parsed);
  const result = await startPurchase({
    shopId: shop.id,
    shopDomain: session.shop,
    graphql: admin.graphql,
    tier: parsed.data.tier,
    offerToken: parsed.data.offer || null,
  });
  if (!result.ok) return refuse(result);
  // Shopify's approval page opens in the top window, outside the app's iframe.
  return redirect(result.confirmationUrl, { target: "_top" });
};

// With single fetch, an action's thrown response keeps its headers only through its own route's
// `headers`: without this, App Bridge never sees the billing redirect (the 401 with
// X-Shopify-API-Request-Failure-Reauthorize-Url) and the merchant is not sent to approve.
export const headers: HeadersFunction = (headersArgs) => boundary.headers(headersArgs);

export default function Catalog() {
  const { tiers, offer, offerError } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const submit = useSubmit();
  const buying = navigation.state !== "idle" ? navigation.formData?.get("tier") : null;
  return (
    <PlainPage>
      <TitleBar title="Buy a support pack" />
      <BlockStack gap="400">
        {offerError ? <Banner tone="warning" title={offerError} /> : null}
        {actionData && !actionData.ok ? <Banner tone="critical" title={actionData.message} /> : null}
        {offer ? (
          <Banner tone="info" title={`${offer.developerName} offers you this pack`}>
            <p>Hours bought here are credited to your store and attributed to {offer.developerName}.</p>
          </Banner>
        ) : null}
        <Text as="p">
          Hours are valid for 3 months from payment. Hours you have not used when a pack expires move into a
          pack you buy within 3 days.
        </Text>
        <InlineGrid columns={{ xs: 1, md: tiers.length }} gap="400">
          {tiers.map((tier) => {
            const chosen = offer?.tier === tier.id;
            return (
              <Card key={tier.id}>
                <BlockStack gap="300">
                  <Text as="h2" variant="headingLg">
                    {tier.hours} hours {chosen ? <Badge tone="success">Offered</Badge> : null}
                  </Text>
                  <Text as="p" variant="heading2xl">
                    {money(tier.priceCents)}
                  </Text>
                  <Text as="p" tone="subdued">
                    {money(tier.pricePerHourCents)} per hour
                  </Text>
                  <InlineStack>
                    <ConfirmButton
                      variant={chosen || !offer ? "primary" : undefined}
                      loading={buying === tier.id}
                      title={`Buy ${tier.hours} hours?`}
                      message={`Pay ${money(tier.priceCents)} through Shopify for a ${tier.hours} h pack. Shopify asks you to approve the charge; the hours are valid for 3 months from payment.`}
                      confirmLabel={`Pay ${money(tier.priceCents)}`}
                      onConfirm={() =>
                        submit(
                          { tier: tier.id, ...(offer ? { offer: offer.token } : {}) },
                          { method: "post" },
                        )
                      }
                    >
                      {`Buy ${tier.hours} hours`}
                    </ConfirmButton>
                  </InlineStack>
                </BlockStack>
              </Card>
            );
          })}
        </InlineGrid>
      </BlockStack>
    </PlainPage>
  );
}
