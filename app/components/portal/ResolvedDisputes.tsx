import { BlockStack, Card, DataTable, Text, useBreakpoints } from "@shopify/polaris";
import type { listDisputes } from "../../services/quotes/disputes.server";
import { dayOf, hours } from "../../lib/format";
import { StackedRows } from "../StackedRows";

type Resolved = Awaited<ReturnType<typeof listDisputes>>["resolved"][number];

/**
 * The latest resolved disputes with the company's reason: a table, or on a phone one stacked row
 * each, since a reason is a sentence a table's one-line cell would push past the screen.
 */
export function ResolvedDisputes({ resolved }: { resolved: Resolved[] }) {
  const { smDown } = useBreakpoints();
  const rows = resolved.map((q) => ({
    id: q.id,
    day: q.closedAt ? dayOf(q.closedAt, q.shop.timezone) : "",
    quote: `${q.title} (${q.shop.domain})`,
    reported: hours(q.actualMinutes ?? 0),
    charged: hours(q.chargedMinutes ?? 0),
    reason: q.resolutionReason ?? "",
  }));
  return (
    <Card padding="0">
      {smDown ? (
        <StackedRows
          label="Resolved disputes"
          items={rows}
          row={(row) => (
            <BlockStack gap="100">
              <Text as="p" fontWeight="semibold" breakWord>
                {row.quote}
              </Text>
              <Text as="p" tone="subdued">
                Resolved {row.day} · reported {row.reported} · charged {row.charged}
              </Text>
              <Text as="p" breakWord>
                {row.reason}
              </Text>
            </BlockStack>
          )}
        />
      ) : (
        <DataTable
          columnContentTypes={["text", "text", "numeric", "numeric", "text"]}
          headings={["Resolved", "Quote", "Reported", "Charged", "Reason"]}
          rows={rows.map((row) => [row.day, row.quote, row.reported, row.charged, row.reason])}
        />
      )}
    </Card>
  );
}
