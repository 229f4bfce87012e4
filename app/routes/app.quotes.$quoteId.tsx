import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { TitleBar } from "@shopify/app-bridge-react";
import { Badge, BlockStack, Card, DataTable, InlineStack, Layout, Page, Text } from "@shopify/polaris";
import { z } from "zod";
import { formatHours } from "../ledger";
import { QuoteDecision, type DecisionResult } from "../components/QuoteDecision";
import { formatDay } from "../lib/dates";
import { notFound } from "../lib/http.server";
import { approveQuote, declineQuote } from "../services/ledger/quotes.server";
import { quoteDetail } from "../services/quotes-view.server";
import { shopForSession } from "../services/shops.server";
import { authenticate } from "../shopify.server";
import * as clock from "../clock.server";

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const { session, admin } = await authenticate.admin(request);
  const shop = await shopForSession(session.shop, admin.graphql);
  const quote = await quoteDetail(shop.id, params.quoteId ?? "");
  if (!quote) throw notFound("quote");
  return quote;
};

const decisionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("approve") }),
  z.object({ intent: z.literal("decline"), reason: z.string().max(1000).optional() }),
]);

export const action = async ({ request, params }: ActionFunctionArgs): Promise<DecisionResult> => {
  const { session, admin } = await authenticate.admin(request);
  const shop = await shopForSession(session.shop, admin.graphql);
  const parsed = decisionSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return { ok: false, message: "Choose Approve or Decline." };
  const quoteId = params.quoteId ?? "";
  const now = clock.now();
  const result =
    parsed.data.intent === "approve"
      ? await approveQuote(shop.id, quoteId, now)
      : await declineQuote(shop.id, quoteId, now, parsed.data.reason);
  if (result.ok) return { ok: true };
  if (result.code === "not_found") throw notFound("quote");
  if (result.code === "insufficient_hours") {
    const missing = result.missingMinutes ?? 0;
    return {
      ok: false,
      missingMinutes: missing,
      message: `This quote needs ${formatHours(missing)} more than you have available (${formatHours(result.availableMinutes ?? 0)}). Buy a pack, then approve it.`,
    };
  }
  return { ok: false, message: result.message };
};

const STATUS_TONE = {
  pending: "attention",
  approved: "info",
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
