import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Banner, BlockStack, Card, Layout, Page, Text } from "@shopify/polaris";
import { z } from "zod";
import { FormError } from "../components/portal/FormError";
import { CompleteForm, EditQuoteForm, WithdrawForm } from "../components/portal/QuoteForms";
import { StatusBadge } from "../components/portal/QuoteList";
import { TimeEntries } from "../components/portal/TimeEntries";
import { formatHours } from "../ledger/units";
import { requireDeveloper, requireDeveloperAction } from "../portal/auth.server";
import { failure, parseForm } from "../portal/respond.server";
import { developerQuoteDetail } from "../services/developers/quote-reads.server";
import {
  completeDeveloperQuote,
  updatePendingQuote,
  withdrawQuote,
} from "../services/developers/quotes.server";
import { addTimeEntry, deleteTimeEntry, updateTimeEntry } from "../services/developers/time-entries.server";
import * as clock from "../clock.server";

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const session = await requireDeveloper(request);
  const detail = await developerQuoteDetail(session.developer.id, params.id ?? "");
  if (!detail)
    throw new Response("This quote does not exist or is not yours. Open it from your quotes.", {
      status: 404,
    });
  return { ...detail, today: clock.now().toISOString().slice(0, 10) };
};

const text = (max: number) => z.string().max(max);
const QuoteAction = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("edit"),
    title: text(1000),
    description: text(20_000).default(""),
    estimateHours: text(50),
  }),
  z.object({ intent: z.literal("withdraw") }),
  z.object({ intent: z.literal("complete"), actualHours: text(50) }),
  z.object({
    intent: z.literal("add-time"),
    workedOn: text(20),
    hours: text(50),
    note: text(5000).default(""),
  }),
  z.object({
    intent: z.literal("update-time"),
    entryId: text(64),
    workedOn: text(20),
    hours: text(50),
    note: text(5000).default(""),
  }),
  z.object({ intent: z.literal("delete-time"), entryId: text(64) }),
]);

export const action = async ({ request, params }: ActionFunctionArgs) => {
  const { session, form } = await requireDeveloperAction(request);
  const input = parseForm(form, QuoteAction);
  const developerId = session.developer.id;
  const quoteId = params.id ?? "";
  const now = clock.now();
  const result = await (() => {
    switch (input.intent) {
      case "edit":
        return updatePendingQuote(developerId, quoteId, input);
      case "withdraw":
        return withdrawQuote(developerId, quoteId, now);
      case "complete":
        return completeDeveloperQuote(developerId, quoteId, input.actualHours, now);
      case "add-time":
        return addTimeEntry(developerId, quoteId, input, now);
      case "update-time":
        return updateTimeEntry(developerId, quoteId, input.entryId, input, now);
      case "delete-time":
        return deleteTimeEntry(developerId, quoteId, input.entryId);
    }
  })();
  if (!result.ok) return failure(result);
  return { done: input.intent };
};

export default function Quote() {
  const { quote, loggedMinutes, today } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <Page
      title={quote.title}
      titleMetadata={<StatusBadge status={quote.status} />}
      subtitle={quote.shop.domain}
      backAction={{ content: quote.shop.domain, url: `/developer/stores/${quote.shop.id}` }}
    >
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            <FormError data={result} />
            <Card>
              <BlockStack gap="200">
                <Text as="p">
                  Estimate {formatHours(quote.estimateMinutes)}
                  {quote.actualMinutes !== null ? ` · charged ${formatHours(quote.actualMinutes)}` : ""} ·
                  created {quote.createdAt.toISOString().slice(0, 10)}
                  {quote.approvedAt ? ` · approved ${quote.approvedAt.toISOString().slice(0, 10)}` : ""}
                  {quote.closedAt ? ` · ${quote.status} ${quote.closedAt.toISOString().slice(0, 10)}` : ""}
                </Text>
                {quote.description ? <Text as="p">{quote.description}</Text> : null}
                {quote.declineReason ? (
                  <Banner tone="warning" title="The merchant declined">
                    <p>{quote.declineReason}</p>
                  </Banner>
                ) : null}
              </BlockStack>
            </Card>
            {quote.status === "pending" ? <EditQuoteForm quote={quote} /> : null}
            {quote.status === "approved" || quote.timeEntries.length > 0 ? (
              <TimeEntries
                entries={quote.timeEntries}
                editable={quote.status === "approved"}
                loggedMinutes={loggedMinutes}
                today={today}
              />
            ) : null}
            {quote.status === "approved" ? (
              // Keyed by the time logged: the default follows each entry logged or edited.
              <CompleteForm key={loggedMinutes} defaultMinutes={loggedMinutes} />
            ) : null}
            {quote.status === "pending" || quote.status === "approved" ? <WithdrawForm /> : null}
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
