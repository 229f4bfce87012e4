import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { TitleBar } from "@shopify/app-bridge-react";
import { Badge, BlockStack, Card, DataTable, InlineStack, Layout, Page, Text } from "@shopify/polaris";
import { z } from "zod";
import { formatHours } from "../ledger";
import { QuoteDecision } from "../components/QuoteDecision";
import { formatDay } from "../lib/dates";
import { approveQuote, declineQuote } from "../services/ledger/quotes.server";
import { quoteDetail } from "../services/quotes-view.server";
import * as clock from "../clock.server";
import { requireShop } from "../merchant/auth.server";
import { paragraph, parse } from "../lib/forms";
import { notFound, refuse } from "../lib/http.server";

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const { shop } = await requireShop(request);
  const quote = await quoteDetail(shop.id, params.quoteId ?? "");
  if (!quote) throw notFound("This quote does not exist in your store. Open it from Quotes.");
  return quote;
};

const DecisionForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("approve") }),
  z.object({ intent: z.literal("decline"), reason: paragraph(1000).optional() }),
]);

export const action = async ({ request, params }: ActionFunctionArgs) => {
  const { shop } = await requireShop(request);
  const parsed = parse(DecisionForm, await request.formData());
  if (!parsed.ok) return refuse(parsed);
  const quoteId = params.quoteId ?? "";
  const now = clock.now();
  const result =
    parsed.data.intent === "approve"
      ? await approveQuote(shop.id, quoteId, now)
      : await declineQuote(shop.id, quoteId, now, parsed.data.reason);
  if (result.ok) return { ok: true as const };
  if (result.code === "insufficient_hours") {
    const missing = result.missingMinutes ?? 0;
    return refuse({
      ...result,
      message: `This quote needs ${formatHours(missing)} more than you have available (${formatHours(result.availableMinutes ?? 0)}). Buy a pack, then approve it.`,
    });
  }
  return refuse(result);
};

const STATUS_TONE = {
  pending: "attention",
  approved: "info",
  awaiting_approval: "attention",
  disputed: "warning",
  completed: "success",
  declined: undefined,
  cancelled: undefined,
} as const;

export default function QuotePage() {
  const quote = useLoaderData<typeof loader>();
  return (
    <Page backAction={{ content: "Quotes", url: "/app/quotes" }} title={quote.title}>
      <TitleBar title="Quote" />
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            <Card>
              <BlockStack gap="300">
                <InlineStack gap="200" blockAlign="center">
                  <Badge tone={STATUS_TONE[quote.status]}>
                    {quote.status[0]?.toUpperCase() + quote.status.slice(1)}
                  </Badge>
                  <Text as="span" tone="subdued">
                    from {quote.developer?.name ?? "a developer"}
                  </Text>
                </InlineStack>
                <Text as="p">{quote.description || "No description."}</Text>
                <Text as="p">Estimate: {formatHours(quote.estimateMinutes)}</Text>
                {quote.status === "approved" ? (
                  <Text as="p">Held for this quote: {formatHours(quote.heldMinutes)}</Text>
                ) : null}
                {quote.status === "completed" && quote.actualMinutes !== null ? (
                  <Text as="p">Charged: {formatHours(quote.actualMinutes)} (the actual time spent)</Text>
                ) : null}
                {quote.status === "declined" && quote.declineReason ? (
                  <Text as="p">You declined: {quote.declineReason}</Text>
                ) : null}
              </BlockStack>
            </Card>
            {quote.timeEntries.length > 0 ? (
              <Card padding="0">
                <DataTable
                  columnContentTypes={["text", "text", "numeric"]}
                  headings={["Date", "Work", "Time"]}
                  rows={quote.timeEntries.map((t) => [
                    formatDay(t.workedOn, true),
                    t.note || "—",
                    formatHours(t.minutes),
                  ])}
                />
              </Card>
            ) : null}
          </BlockStack>
        </Layout.Section>
        {quote.status === "pending" ? (
          <Layout.Section variant="oneThird">
            <QuoteDecision estimate={formatHours(quote.estimateMinutes)} />
          </Layout.Section>
        ) : null}
      </Layout>
    </Page>
  );
}
