import { EmptyState, IndexTable, InlineStack, Link, Text, useBreakpoints } from "@shopify/polaris";
import { dayOf, hours } from "../../lib/format";
import type { PageLinks } from "../../lib/pages";
import { PagedCard } from "../PagedCard";
import { StackedQuotes } from "../StackedQuotes";
import { StatusBadge } from "./StatusBadge";

export interface QuoteRow {
  id: string;
  title: string;
  status: string;
  estimateMinutes: number;
  chargedMinutes: number | null;
  paidWith: string | null;
  createdAt: Date;
  closedAt: Date | null;
  shop: { domain: string; timezone: string };
}

/** A table of quotes with their status. */
export function QuoteList({
  quotes,
  showStore,
  links,
}: {
  quotes: QuoteRow[];
  showStore: boolean;
  links: PageLinks;
}) {
  const headings = [
    { title: "Quote" },
    ...(showStore ? [{ title: "Store" }] : []),
    { title: "Status" },
    { title: "Estimate" },
    { title: "Charged" },
    { title: "Created" },
  ] as [{ title: string }, ...{ title: string }[]];
  const { smDown } = useBreakpoints();
  const charged = (quote: QuoteRow) =>
    quote.paidWith === "money"
      ? "Custom quote"
      : quote.chargedMinutes === null
        ? "–"
        : hours(quote.chargedMinutes);
  if (smDown && quotes.length > 0)
    return (
      <PagedCard links={links}>
        <StackedQuotes
          quotes={quotes.map((quote) => ({
            id: quote.id,
            url: `/developer/quotes/${quote.id}`,
            title: quote.title,
            about: (
              <InlineStack gap="200" blockAlign="center">
                <StatusBadge status={quote.status} />
                <Text as="span" tone="subdued">
                  {dayOf(quote.createdAt, quote.shop.timezone)}
                  {showStore ? ` · ${quote.shop.domain}` : ""}
                </Text>
              </InlineStack>
            ),
            estimate: hours(quote.estimateMinutes),
            charged: charged(quote),
          }))}
        />
      </PagedCard>
    );
  return (
    <PagedCard links={links}>
      <IndexTable
        itemCount={quotes.length}
        headings={headings}
        selectable={false}
        resourceName={{ singular: "quote", plural: "quotes" }}
        emptyState={
          <EmptyState heading="No quotes yet" image="">
            <p>Open a connected store from Clients to write its first quote.</p>
          </EmptyState>
        }
      >
        {quotes.map((quote, index) => (
          <IndexTable.Row id={quote.id} key={quote.id} position={index}>
            <IndexTable.Cell>
              <Link url={`/developer/quotes/${quote.id}`}>{quote.title}</Link>
            </IndexTable.Cell>
            {showStore ? <IndexTable.Cell>{quote.shop.domain}</IndexTable.Cell> : null}
            <IndexTable.Cell>
              <StatusBadge status={quote.status} />
            </IndexTable.Cell>
            <IndexTable.Cell>{hours(quote.estimateMinutes)}</IndexTable.Cell>
            <IndexTable.Cell>{charged(quote)}</IndexTable.Cell>
            <IndexTable.Cell>
              <Text as="span">{dayOf(quote.createdAt, quote.shop.timezone)}</Text>
            </IndexTable.Cell>
          </IndexTable.Row>
        ))}
      </IndexTable>
    </PagedCard>
  );
}
