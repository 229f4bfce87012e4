import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useNavigate, useSearchParams } from "@remix-run/react";
import { TitleBar } from "@shopify/app-bridge-react";
import {
  Card,
  EmptyState,
  IndexTable,
  Link,
  Tabs,
  Text,
  useBreakpoints,
  Box,
  Select,
} from "@shopify/polaris";
import { PlainPage } from "../components/PlainPage";
import { safeTimeZone } from "../ledger";
import type { QuoteStatus } from "../services/quotes/commands.server";
import { listQuotes, quoteCounts, type QuoteRow } from "../services/quotes/reads.server";
import { requireShop } from "../merchant/auth.server";
import { z } from "zod";
import { oneOf, parse } from "../lib/forms";
import { badRequest } from "../lib/http.server";
import { dayOf, hours, money } from "../lib/format";
import { cursorParam } from "../lib/pages";
import { ListPagination } from "../components/ListPagination";
import { NumericCell } from "../components/NumericCell";
import { StackedQuotes } from "../components/StackedQuotes";

const TABS: { id: string; label: string; statuses: QuoteStatus[] }[] = [
  { id: "pending", label: "To review", statuses: ["pending", "awaiting_approval"] },
  { id: "approved", label: "In progress", statuses: ["approved", "disputed"] },
  { id: "completed", label: "Completed", statuses: ["completed"] },
  { id: "closed", label: "Declined or cancelled", statuses: ["declined", "cancelled"] },
];
const QuotesQuery = z.object({
  status: oneOf(["pending", "approved", "completed", "closed"]).default("pending"),
  cursor: cursorParam("time", "uuid"),
});

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { shop } = await requireShop(request);
  const query = parse(QuotesQuery, new URL(request.url).searchParams);
  if (!query.ok) throw badRequest(query);
  const tab = TABS.find((t) => t.id === query.data.status) ?? TABS[0]!;
  const [page, counts] = await Promise.all([
    listQuotes(shop.id, tab.statuses, query.data.cursor),
    quoteCounts(shop.id),
  ]);
  const timeZone = safeTimeZone(shop.timezone);
  return {
    tab: tab.id,
    quotes: page.quotes.map((quote) => ({ ...quote, received: dayOf(quote.createdAt, timeZone) })),
    links: page.links,
    counts: Object.fromEntries(TABS.map((t) => [t.id, t.statuses.reduce((n, s) => n + (counts[s] ?? 0), 0)])),
  };
};

export default function Quotes() {
  const { tab, quotes, counts, links } = useLoaderData<typeof loader>();
  const { smDown } = useBreakpoints();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const selected = TABS.findIndex((t) => t.id === tab);
  const select = (index: number) => {
    const next = new URLSearchParams(params);
    next.set("status", TABS[index]?.id ?? "pending");
    // Another tab is another list: start it at its first page.
    next.delete("cursor");
    navigate(`?${next.toString()}`);
  };
  const list = (
    <>
      {quotes.length === 0 ? (
        <EmptyState heading="No quotes here" image="">
          <p>Quotes your developers send appear here for you to approve, pay or decline.</p>
        </EmptyState>
      ) : (
        <>
          {smDown ? (
            <StackedQuotes
              quotes={quotes.map((quote) => ({
                id: quote.id,
                url: `/app/quotes/${quote.id}`,
                title: quote.title,
                about: (
                  <Text as="span" tone="subdued">
                    {STATUS_LABEL[quote.status]} · received {quote.received}
                    {quote.developerName ? ` · ${quote.developerName}` : ""}
                  </Text>
                ),
                estimate: hours(quote.estimateMinutes),
                charged: charged(quote),
              }))}
            />
          ) : (
            <IndexTable
              resourceName={{ singular: "quote", plural: "quotes" }}
              itemCount={quotes.length}
              selectable={false}
              headings={[
                { title: "Quote" },
                { title: "Developer" },
                { title: "Status" },
                { title: "Received" },
                { title: "Estimate", alignment: "end" },
                { title: "Charged", alignment: "end" },
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
                  <IndexTable.Cell>{quote.received}</IndexTable.Cell>
                  <NumericCell>{hours(quote.estimateMinutes)}</NumericCell>
                  <NumericCell>{charged(quote)}</NumericCell>
                </IndexTable.Row>
              ))}
            </IndexTable>
          )}
          <ListPagination links={links} />
        </>
      )}
    </>
  );
  const tabs = TABS.map((t) => ({ id: t.id, content: `${t.label} (${counts[t.id] ?? 0})` }));
  return (
    <PlainPage>
      <TitleBar title="Quotes" />
      <Card padding="0">
        {smDown ? (
          // Four tabs do not fit a phone: the same choice as a select.
          <Box padding="300">
            <Select
              label="Show"
              options={tabs.map((t) => ({ value: t.id, label: t.content }))}
              value={TABS[selected]?.id ?? "pending"}
              onChange={(value) => select(TABS.findIndex((t) => t.id === value))}
            />
          </Box>
        ) : null}
        {smDown ? (
          list
        ) : (
          <Tabs tabs={tabs} selected={selected} onSelect={select}>
            {list}
          </Tabs>
        )}
      </Card>
    </PlainPage>
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
function charged(quote: Pick<QuoteRow, "paidWith" | "priceCents" | "chargedMinutes">): string {
  if (quote.paidWith === "money" && quote.priceCents !== null) return `Paid ${money(quote.priceCents)}`;
  return quote.chargedMinutes === null ? "—" : hours(quote.chargedMinutes);
}
