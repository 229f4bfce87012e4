import type { ReactNode } from "react";
import { Badge, Card, IndexTable, Link, Text } from "@shopify/polaris";
import { formatHours } from "../../ledger/units";

export interface QuoteRow {
  id: string;
  title: string;
  status: string;
  estimateMinutes: number;
  chargedMinutes: number | null;
  paidWith: string | null;
  createdAt: Date;
  closedAt: Date | null;
  shop: { domain: string };
}

const TONE: Record<string, "info" | "success" | "critical" | "attention" | "warning" | undefined> = {
  pending: "attention",
  approved: "info",
  awaiting_approval: "attention",
  disputed: "warning",
  completed: "success",
  declined: "critical",
};

const LABEL: Record<string, string> = { awaiting_approval: "awaiting approval" };

/** The quote's status as a badge. */
export function StatusBadge({ status }: { status: string }) {
  return <Badge tone={TONE[status]}>{LABEL[status] ?? status}</Badge>;
}

/** A table of quotes with their status. */
export function QuoteList({
  quotes,
  showStore,
  footer,
}: {
  quotes: QuoteRow[];
  showStore: boolean;
  /** Below the table: the list's pagination. */
  footer?: ReactNode;
}) {
  const headings = [
    { title: "Quote" },
    ...(showStore ? [{ title: "Store" }] : []),
    { title: "Status" },
    { title: "Estimate" },
    { title: "Charged" },
    { title: "Created" },
  ] as [{ title: string }, ...{ title: string }[]];
  return (
    <Card padding="0">
      <IndexTable
        itemCount={quotes.length}
        headings={headings}
        selectable={false}
        resourceName={{ singular: "quote", plural: "quotes" }}
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
            <IndexTable.Cell>{formatHours(quote.estimateMinutes)}</IndexTable.Cell>
            <IndexTable.Cell>
              {quote.paidWith === "money"
                ? "custom quote"
                : quote.chargedMinutes === null
                  ? "–"
                  : formatHours(quote.chargedMinutes)}
            </IndexTable.Cell>
            <IndexTable.Cell>
              <Text as="span">{quote.createdAt.toISOString().slice(0, 10)}</Text>
            </IndexTable.Cell>
          </IndexTable.Row>
        ))}
      </IndexTable>
      {footer}
    </Card>
  );
}
