import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import {
  Banner,
  BlockStack,
  Button,
  Card,
  EmptyState,
  InlineStack,
  Layout,
  Page,
  Select,
  Text,
} from "@shopify/polaris";
import { useState } from "react";
import { z } from "zod";
import { ClientCard, TIER_OPTIONS } from "../components/portal/ClientCard";
import { ConnectionRequestsCard } from "../components/portal/ConnectionRequestsCard";
import { LinkBanner } from "../components/portal/LinkBanner";
import { FormCard } from "../components/portal/FormCard";
import { FormField } from "../components/portal/FormField";
import { FormError } from "../components/portal/FormError";
import { NotificationsCard } from "../components/portal/NotificationsCard";
import { requireDeveloper, requireDeveloperAction } from "../portal/auth.server";
import { id, line, oneOf, parse } from "../lib/forms";
import { refuse } from "../lib/http.server";
import { fieldError } from "../lib/result";
import { listClients } from "../services/developers/clients.server";
import { answerRequest, listIncomingRequests } from "../services/developers/connection-requests.server";
import { listNotifications, markNotificationsRead } from "../services/developers/notifications.server";
import { createOfferLink } from "../services/developers/offer-links.server";
import * as clock from "../clock.server";
import { dateTimeOf } from "../lib/format";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const session = await requireDeveloper(request);
  return {
    requests: (await listIncomingRequests(session.developer)).map((r) => ({
      ...r,
      sentAt: r.sentAt.toISOString(),
    })),
    clients: await listClients(session.developer.id, clock.now()),
    notifications: (await listNotifications(session.developer.id)).map((n) => ({
      ...n,
      createdAt: n.createdAt.toISOString(),
    })),
  };
};

const HomeAction = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("read-notifications") }),
  z.object({
    intent: z.literal("offer"),
    shopDomain: line(255, 1),
    tier: oneOf(["10h", "25h", "50h", "75h"]),
  }),
  z.object({ intent: z.literal("accept-request"), shopId: id(), requestId: id() }),
  z.object({ intent: z.literal("decline-request"), shopId: id(), requestId: id() }),
]);

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session, form } = await requireDeveloperAction(request);
  const parsed = parse(HomeAction, form);
  if (!parsed.ok) return refuse(parsed);
  const input = parsed.data;
  if (input.intent === "read-notifications") {
    return { read: await markNotificationsRead(session.developer.id, clock.now()) };
  }
  if (input.intent === "accept-request" || input.intent === "decline-request") {
    const answer = input.intent === "accept-request" ? "accept" : "decline";
    const answered = await answerRequest(session.developer, input, answer, clock.now());
    if (!answered.ok) return refuse(answered);
    return { answered: { answer, domain: answered.domain } };
  }
  const result = await createOfferLink(session.developer.id, input, clock.now());
  if (!result.ok) return refuse(result);
  return {
    offer: {
      url: result.url,
      shopDomain: result.shopDomain,
      hours: result.tierHours,
      expiresAt: result.expiresAt.toISOString(),
    },
  };
};

// The new-store form's fields show their own errors; the client cards' forms send known stores.
const OFFER_FIELDS = ["shopDomain", "tier"] as const;

function NewClientOffer() {
  const result = useActionData();

  const [tier, setTier] = useState("10h");
  return (
    <FormCard title="Offer a pack to a new store" intent="offer">
      <InlineStack gap="200" blockAlign="end">
        <FormField label="Store domain" name="shopDomain" placeholder="example.myshopify.com" />
        <Select
          label="Pack"
          name="tier"
          options={TIER_OPTIONS}
          value={tier}
          onChange={setTier}
          error={fieldError(result, "tier")}
        />
        <Button submit>Create offer link</Button>
      </InlineStack>
      <Text as="p" tone="subdued">
        A purchase through your link credits the pack to you and connects you to the store.
      </Text>
    </FormCard>
  );
}

export default function Clients() {
  const { clients, notifications, requests } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const offer = result && "offer" in result ? result.offer : null;
  const answered = result && "answered" in result ? result.answered : null;
  return (
    <Page title="Clients" subtitle="Most urgent first: remind clients before their hours expire.">
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            <FormError data={result} fields={OFFER_FIELDS} />
            {answered ? (
              <Banner tone="success">
                <p>
                  {answered.answer === "accept"
                    ? `You are connected to ${answered.domain}: it is on your Clients below.`
                    : `You declined ${answered.domain}'s request.`}
                </p>
              </Banner>
            ) : null}
            <ConnectionRequestsCard requests={requests} />
            <NotificationsCard notifications={notifications} />
            {offer ? (
              <LinkBanner title={`Offer link for ${offer.hours} h at ${offer.shopDomain}`} url={offer.url}>
                Valid until {dateTimeOf(new Date(offer.expiresAt), "UTC")}.
              </LinkBanner>
            ) : null}
            {clients.length === 0 ? (
              <Card>
                <EmptyState heading="No connected stores yet" image="">
                  <p>
                    A store asks to connect from the app&apos;s Settings (accept it above), or connects by
                    buying through your offer link.
                  </p>
                </EmptyState>
              </Card>
            ) : (
              clients.map((client) => <ClientCard key={client.shopId} client={client} />)
            )}
            <NewClientOffer />
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
