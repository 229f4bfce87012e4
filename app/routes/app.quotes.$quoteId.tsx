import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { TitleBar } from "@shopify/app-bridge-react";
import {
  Badge,
  Banner,
  BlockStack,
  Card,
  DataTable,
  InlineStack,
  Layout,
  Page,
  Text,
} from "@shopify/polaris";
import { boundary } from "@shopify/shopify-app-remix/server";
import { z } from "zod";
import { OverrunDecision } from "../components/OverrunDecision";
import { QuoteDecision } from "../components/QuoteDecision";
import { startQuotePurchase } from "../services/billing/quote-purchases.server";
import { approveQuote, declineQuote } from "../services/quotes/commands.server";
import { approveOverrun, disputeOverrun } from "../services/quotes/overruns.server";
import { quoteDetail, type QuoteDetail } from "../services/quotes/reads.server";
import { balanceSummary } from "../services/ledger/read.server";
import { useNoticeToast } from "../lib/notice";
import * as clock from "../clock.server";
import { requireShop } from "../merchant/auth.server";
import { paragraph, parse } from "../lib/forms";
import { notFound, readForm, refuse } from "../lib/http.server";
import { buyToCover, day, hours, money } from "../lib/format";

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const { shop } = await requireShop(request);
  const now = clock.now();
  const [quote, summary] = await Promise.all([
    quoteDetail(shop.id, params.quoteId ?? "", now),
    balanceSummary(shop.id, now),
  ]);
  if (!quote) throw notFound("This quote does not exist in your store. Open it from Quotes.");
  const availableMinutes = summary?.availableMinutes ?? 0;
  const short = quote.estimateMinutes - availableMinutes;
  // Worded here: the catalog stays out of the browser's bundle.
  return { ...quote, availableMinutes, buyHint: short > 0 ? buyToCover(short) : null };
};

const DecisionForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("approve") }),
  z.object({ intent: z.literal("pay") }),
  z.object({ intent: z.literal("decline"), reason: paragraph(1000).optional() }),
  z.object({ intent: z.literal("approve-overrun") }),
  z.object({ intent: z.literal("dispute"), reason: paragraph(1000, 1) }),
]);

/** The toast after each decision. */
const DONE = {
  approve: "Quote approved: its estimate is held",
  decline: "Quote declined",
  "approve-overrun": "Extra time approved and charged",
  dispute: "Dispute sent to the company",
} as const;

export const action = async ({ request, params }: ActionFunctionArgs) => {
  const { shop, session, admin, redirect } = await requireShop(request);
  const parsed = parse(DecisionForm, await readForm(request));
  if (!parsed.ok) return refuse(parsed);
  const input = parsed.data;
  const quoteId = params.quoteId ?? "";
  const now = clock.now();
  if (input.intent === "pay") {
    const started = await startQuotePurchase({
      shopId: shop.id,
      shopDomain: session.shop,
      graphql: admin.graphql,
      quoteId,
    });
    if (!started.ok) return refuse(started);
    // Shopify's approval page opens in the top window, outside the app's iframe.
    return redirect(started.confirmationUrl, { target: "_top" });
  }
  const result = await (() => {
    switch (input.intent) {
      case "approve":
        return approveQuote(shop.id, quoteId, now);
      case "decline":
        return declineQuote(shop.id, quoteId, now, input.reason);
      case "approve-overrun":
        return approveOverrun(shop.id, quoteId, now);
      case "dispute":
        return disputeOverrun(shop.id, quoteId, input.reason, now);
    }
  })();
  if (result.ok) return { ok: true as const, notice: DONE[input.intent] };
  if (result.code === "insufficient_hours" && input.intent === "approve") {
    const missing = result.missingMinutes ?? 0;
    return refuse({
      ...result,
      message: `This quote needs ${hours(missing)} more than you have available (${hours(result.availableMinutes ?? 0)}). ${buyToCover(missing)}, then approve it.`,
    });
  }
  return refuse(result);
};

// With single fetch, the payment's redirect keeps its headers only through its own route's `headers`
// (docs/decisions/047): without this App Bridge never sends the merchant to approve.
export const headers: HeadersFunction = (headersArgs) => boundary.headers(headersArgs);

const STATUS = {
  pending: { tone: "attention", label: "Pending" },
  approved: { tone: "info", label: "Approved" },
  awaiting_approval: { tone: "attention", label: "Over the estimate" },
  disputed: { tone: "warning", label: "Disputed" },
  completed: { tone: "success", label: "Completed" },
  declined: { tone: undefined, label: "Declined" },
  cancelled: { tone: undefined, label: "Cancelled" },
} as const;

export default function QuotePage() {
  const quote = useLoaderData<typeof loader>();
  useNoticeToast(useActionData<typeof action>());
  const status = STATUS[quote.status];
  return (
    <Page backAction={{ content: "Quotes", url: "/app/quotes" }} title={quote.title}>
      <TitleBar title="Quote" />
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            <Card>
              <BlockStack gap="300">
                <InlineStack gap="200" blockAlign="center">
                  <Badge tone={status.tone}>{status.label}</Badge>
                  {quote.paidWith === "money" ? <Badge tone="success">Custom quote</Badge> : null}
                  <Text as="span" tone="subdued">
                    from {quote.developer?.name ?? "a developer"}
                  </Text>
                </InlineStack>
                <Text as="p">{quote.description || "No description."}</Text>
                <Text as="p">Estimate: {hours(quote.estimateMinutes)}</Text>
                <Outcome quote={quote} />
              </BlockStack>
            </Card>
            {quote.timeEntries.length > 0 ? (
              <Card padding="0">
                <DataTable
                  columnContentTypes={["text", "text", "numeric"]}
                  headings={["Date", "Work", "Time"]}
                  rows={quote.timeEntries.map((t) => [
                    day(t.workedOn, { year: true }),
                    t.note || "—",
                    hours(t.minutes),
                  ])}
                />
              </Card>
            ) : null}
          </BlockStack>
        </Layout.Section>
        {quote.status === "pending" ? (
          <Layout.Section variant="oneThird">
            <QuoteDecision quote={quote} />
          </Layout.Section>
        ) : null}
        {quote.status === "awaiting_approval" && quote.actualMinutes !== null ? (
          <Layout.Section variant="oneThird">
            <OverrunDecision quote={quote} actualMinutes={quote.actualMinutes} />
          </Layout.Section>
        ) : null}
      </Layout>
    </Page>
  );
}

// What has happened to the quote, in the merchant's words.
function Outcome({ quote }: { quote: QuoteDetail }) {
  const price = quote.priceCents === null ? "" : money(quote.priceCents);
  const actual = quote.actualMinutes === null ? "" : hours(quote.actualMinutes);
  switch (quote.status) {
    case "approved":
      return quote.paidWith === "money" ? (
        <Text as="p">Paid {price} as a custom quote. No hours are drawn from your packs for it.</Text>
      ) : (
        <Text as="p">Held for this quote: {hours(quote.heldMinutes)}</Text>
      );
    case "awaiting_approval":
      return <Text as="p">Held for this quote: {hours(quote.heldMinutes)}</Text>;
    case "disputed":
      return (
        <Banner tone="warning" title="You disputed the extra time">
          <p>
            “{quote.disputeReason}” The company decides what is charged (from 0.25 h to the {actual}{" "}
            reported); {hours(quote.heldMinutes)} stay held until then.
          </p>
        </Banner>
      );
    case "completed":
      if (quote.paidWith === "money")
        return (
          <Text as="p">
            Paid {price} as a custom quote; no hours were charged. Time spent: {actual} (for your
            information).
          </Text>
        );
      return (
        <BlockStack gap="100">
          <Text as="p">
            Charged: {hours(quote.chargedMinutes ?? 0)}
            {quote.resolutionReason ? ` (of the ${actual} reported)` : " (the actual time spent)"}
          </Text>
          {quote.resolutionReason ? (
            <Text as="p">The company resolved your dispute: {quote.resolutionReason}</Text>
          ) : null}
        </BlockStack>
      );
    case "declined":
      if (quote.withdrawn) return <Text as="p">Withdrawn by the developer.</Text>;
      return quote.declineReason ? <Text as="p">You declined: {quote.declineReason}</Text> : null;
    case "cancelled":
      return (
        <Text as="p">
          {quote.withdrawn ? "Withdrawn by the developer" : "Cancelled"}; the hours it held were released.
        </Text>
      );
    default:
      return null;
  }
}
