import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { BlockStack, Card, Layout, Page } from "@shopify/polaris";
import { z } from "zod";
import { FormError } from "../components/portal/FormError";
import { QUOTE_FIELDS, QuoteForm } from "../components/portal/QuoteForms";
import { BalanceLine } from "../components/portal/BalanceLine";
import { QuoteList } from "../components/portal/QuoteList";
import { requireDeveloper, requireDeveloperAction } from "../portal/auth.server";
import { hours, line, paragraph, parse } from "../lib/forms";
import { badRequest, refuse } from "../lib/http.server";
import { cursorParam } from "../lib/pages";
import { connectedShop } from "../services/developers/access.server";
import { listDeveloperQuotes } from "../services/quotes/developer-reads.server";
import { createDeveloperQuote } from "../services/quotes/developer-commands.server";
import { balanceSummary } from "../services/ledger/read.server";
import * as clock from "../clock.server";

const StoreQuery = z.object({ cursor: cursorParam("time", "uuid") });

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const session = await requireDeveloper(request);
  const shop = await connectedShop(session.developer.id, params.shopId ?? "");
  const summary = shop ? await balanceSummary(shop.id, clock.now()) : null;
  if (!shop || !summary)
    throw new Response("This store does not exist or is not connected to you.", { status: 404 });
  const query = parse(StoreQuery, new URL(request.url).searchParams);
  if (!query.ok) throw badRequest(query);
  const { quotes, links } = await listDeveloperQuotes(session.developer.id, {
    shopId: shop.id,
    cursor: query.data.cursor,
  });
  return {
    links,
    shop: { id: shop.id, domain: shop.domain },
    balance: { available: summary.availableMinutes, held: summary.heldMinutes, next: summary.nextExpiry },
    quotes,
  };
};

const QuoteFields = z.object({
  title: line(200, 1),
  description: paragraph(5000).default(""),
  estimateHours: hours(),
});

export const action = async ({ request, params }: ActionFunctionArgs) => {
  const { session, form } = await requireDeveloperAction(request);
  const parsed = parse(QuoteFields, form);
  if (!parsed.ok) return refuse(parsed);
  const fields = { ...parsed.data, estimateMinutes: parsed.data.estimateHours };
  const result = await createDeveloperQuote(session.developer.id, params.shopId ?? "", fields, clock.now());
  if (!result.ok) return refuse(result);
  throw redirect(`/developer/quotes/${result.quoteId}`);
};

function NewQuote() {
  return <QuoteForm heading="New quote" submitLabel="Send quote to the merchant" />;
}

export default function Store() {
  const { shop, balance, quotes, links } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <Page title={shop.domain} backAction={{ content: "Clients", url: "/developer" }}>
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            <Card>
              <BalanceLine
                availableMinutes={balance.available}
                heldMinutes={balance.held}
                next={balance.next}
              />
            </Card>
            <FormError data={result} fields={QUOTE_FIELDS} />
            <NewQuote />
            <QuoteList quotes={quotes} showStore={false} links={links} />
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
