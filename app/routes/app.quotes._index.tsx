import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useNavigate, useSearchParams } from "@remix-run/react";
import { TitleBar } from "@shopify/app-bridge-react";
import { Card, EmptyState, IndexTable, Link, Page, Tabs, Text } from "@shopify/polaris";
import { formatHours } from "../ledger";
import type { QuoteStatus } from "../services/quotes/commands.server";
import { listQuotes, quoteCounts, type QuoteRow } from "../services/quotes/reads.server";
import { requireShop } from "../merchant/auth.server";
import { z } from "zod";
import { oneOf, parse } from "../lib/forms";
import { badRequest } from "../lib/http.server";
import { money } from "../lib/format";

const TABS: { id: string; label: string; statuses: QuoteStatus[] }[] = [
  { id: "pending", label: "To review", statuses: ["pending", "awaiting_approval"] },
  { id: "approved", label: "In progress", statuses: ["approved", "disputed"] },
  { id: "completed", label: "Completed", statuses: ["completed"] },
  { id: "closed", label: "Declined or cancelled", statuses: ["declined", "cancelled"] },
];
const QuotesQuery = z.object({
  status: oneOf(["pending", "approved", "completed", "closed"]).default("pending"),
});

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { shop } = await requireShop(request);
  const query = parse(QuotesQuery, new URL(request.url).searchParams);
  if (!query.ok) throw badRequest(query);
  const tab = TABS.find((t) => t.id === query.data.status) ?? TABS[0]!;
  const [quotes, counts] = await Promise.all([listQuotes(shop.id, tab.statuses), quoteCounts(shop.id)]);
  return {
    tab: tab.id,
    quotes,
    counts: Object.fromEntries(TABS.map((t) => [t.id, t.statuses.reduce((n, s) => n + (counts[s] ?? 0), 0)])),
  };
};

export default function Quotes() {
  const { tab, quotes, counts } = useLoaderData<typeof loader>();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const selected = TABS.findIndex((t) => t.id === tab);
  const select = (index: number) => {
    const next = new URLSearchParams(params);
    next.set("status", TABS[index]?.id ?? "pending");
    navigate(`?${next.toString()}`);
  };
  return (
    <Page>
      <TitleBar title="Quotes" />
      <Card padding="0">
        <Tabs
          tabs={TABS.map((t) => ({ id: t.id, content: `${t.label} (${counts[t.id] ?? 0})` }))}
          selected={selected}
          onSelect={select}
        >
          {quotes.length === 0 ? (
            <EmptyState heading="No quotes here" image="">
              <p>Quotes your developers send appear here for you to approve, pay or decline.</p>
            </EmptyState>
          ) : (
            <IndexTable
              resourceName={{ singular: "quote", plural: "quotes" }}
              itemCount={quotes.length}
              selectable={false}
              headings={[
                { title: "Quote" },
                { title: "Developer" },
                { title: "Status" },
                { title: "Estimate" },
                { title: "Charged" },
              ]}
            >
              {quotes.map((quote, index) => (
                <IndexTable.Row id={quote.id} key={quote.id} position={index}>
                  <IndexTable.Cell>
                    <Link url={`/app/quotes/${quote.id}`} removeUnderline>
                      {quote.title}
                    </Link>
                  </IndexTable.Cell>
                  <IndexTable.Cell>{quote.developerName ?? "—"}</IndexTable.Cell>
                  <IndexTable.Cell>{STATUS_LABEL[quote.status]}</IndexTable.Cell>
                  <IndexTable.Cell>{formatHours(quote.estimateMinutes)}</IndexTable.Cell>
                  <IndexTable.Cell>
                    <Text as="span">{charged(quote)}</Text>
                  </IndexTable.Cell>
                </IndexTable.Row>
              ))}
            </IndexTable>
          )}
        </Tabs>
      </Card>
    </Page>
  );
}

const STATUS_LABEL: Record<QuoteStatus, string> = {
  pending: "Pending",
  approved: "Approved",
  awaiting_approval: "Over the estimate: your approval",
  disputed: "Disputed",
  completed: "Completed",
  declined: "Declined",
  cancelled: "Cancelled",
};

// A custom quote is paid in money and never charged hours; others show the hours charged.
function charged(quote: QuoteRow): string {
  if (quote.paidWith === "money" && quote.priceCents !== null) return `Paid ${money(quote.priceCents)}`;
  return quote.chargedMinutes === null ? "—" : formatHours(quote.chargedMinutes);
}
