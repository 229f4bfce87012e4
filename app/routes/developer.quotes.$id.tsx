import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { BlockStack, Card, Layout, Page, Text } from "@shopify/polaris";
import { z } from "zod";
import { FormError } from "../components/portal/FormError";
import {
  COMPLETE_FIELDS,
  CompleteForm,
  EditQuoteForm,
  QUOTE_FIELDS,
  WithdrawForm,
} from "../components/portal/QuoteForms";
import { useSuccessToast } from "../components/portal/PortalFrame";
import { StatusBadge } from "../components/portal/StatusBadge";
import { QuoteState } from "../components/portal/QuoteState";
import { ENTRY_FIELDS, TimeEntries } from "../components/portal/TimeEntries";
import { localDate } from "../ledger";
import { dayOf, hours as formatHours, statusLabel } from "../lib/format";
import { requireDeveloper, requireDeveloperAction } from "../portal/auth.server";
import { calendarDate, hours, id, line, paragraph, parse } from "../lib/forms";
import { refuse } from "../lib/http.server";
import { developerQuoteDetail } from "../services/quotes/developer-reads.server";
import {
  completeDeveloperQuote,
  updatePendingQuote,
  withdrawQuote,
} from "../services/quotes/developer-commands.server";
import { addTimeEntry, deleteTimeEntry, updateTimeEntry } from "../services/developers/time-entries.server";
import * as clock from "../clock.server";

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const session = await requireDeveloper(request);
  const detail = await developerQuoteDetail(session.developer.id, params.id ?? "");
  if (!detail)
    throw new Response("This quote does not exist or is not yours. Open it from your quotes.", {
      status: 404,
    });
  const timeZone = detail.quote.shop.timezone;
  // Time is logged in the store's calendar, from the quote's creation to today.
  const days = {
    first: localDate(detail.quote.createdAt, timeZone),
    today: localDate(clock.now(), timeZone),
  };
  return { ...detail, days };
};

const QuoteText = { title: line(200, 1), description: paragraph(5000).default("") };
const TimeFields = { workedOn: calendarDate(), hours: hours(), note: paragraph(1000).default("") };
const QuoteAction = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("edit"), ...QuoteText, estimateHours: hours() }),
  z.object({ intent: z.literal("withdraw") }),
  z.object({ intent: z.literal("complete"), actualHours: hours(), note: paragraph(1000).default("") }),
  z.object({ intent: z.literal("add-time"), ...TimeFields }),
  z.object({ intent: z.literal("update-time"), entryId: id(), ...TimeFields }),
  z.object({ intent: z.literal("delete-time"), entryId: id() }),
]);

export const action = async ({ request, params }: ActionFunctionArgs) => {
  const { session, form } = await requireDeveloperAction(request);
  const parsed = parse(QuoteAction, form);
  if (!parsed.ok) return refuse(parsed);
  const input = parsed.data;
  const developerId = session.developer.id;
  const quoteId = params.id ?? "";
  const now = clock.now();
  const result = await (() => {
    switch (input.intent) {
      case "edit":
        return updatePendingQuote(
          developerId,
          quoteId,
          { ...input, estimateMinutes: input.estimateHours },
          now,
        );
      case "withdraw":
        return withdrawQuote(developerId, quoteId, now);
      case "complete":
        return completeDeveloperQuote(developerId, quoteId, input.actualHours, now, input.note);
      case "add-time":
        return addTimeEntry(developerId, quoteId, { ...input, minutes: input.hours }, now);
      case "update-time":
        return updateTimeEntry(developerId, quoteId, input.entryId, { ...input, minutes: input.hours }, now);
      case "delete-time":
        return deleteTimeEntry(developerId, quoteId, input.entryId);
    }
  })();
  // A completion's failure (bad or uncovered hours) is about the actual hours the form sent.
  if (!result.ok) return refuse(result, { field: input.intent === "complete" ? "actualHours" : undefined });
  return { ok: true as const, done: input.intent };
};

const DONE: Record<string, string> = {
  edit: "Quote saved.",
  withdraw: "Quote withdrawn.",
  complete: "Quote completed.",
  "add-time": "Time logged.",
  "update-time": "Time entry saved.",
  "delete-time": "Time entry deleted.",
};

export default function Quote() {
  const { quote, loggedMinutes, overrunLimitMinutes, days } = useLoaderData<typeof loader>();
  const withdrawable =
    quote.status === "pending" || (quote.status === "approved" && quote.paidWith === "hours");
  const result = useActionData<typeof action>();
  useSuccessToast(result, () => (result && "done" in result ? (DONE[result.done] ?? null) : null));
  const zone = quote.shop.timezone;
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
            <FormError data={result} fields={[...QUOTE_FIELDS, ...COMPLETE_FIELDS, ...ENTRY_FIELDS]} />
            <Card>
              <BlockStack gap="200">
                <Text as="p">
                  Estimate {formatHours(quote.estimateMinutes)}
                  {quote.chargedMinutes !== null ? ` · charged ${formatHours(quote.chargedMinutes)}` : ""}
                  {quote.actualMinutes !== null ? ` · actual ${formatHours(quote.actualMinutes)}` : ""} ·
                  created {dayOf(quote.createdAt, zone)}
                  {quote.approvedAt ? ` · approved ${dayOf(quote.approvedAt, zone)}` : ""}
                  {quote.closedAt
                    ? ` · ${statusLabel(quote.status).toLowerCase()} ${dayOf(quote.closedAt, zone)}`
                    : ""}
                </Text>
                {quote.description ? <Text as="p">{quote.description}</Text> : null}
                <QuoteState quote={quote} overrunLimitMinutes={overrunLimitMinutes} />
              </BlockStack>
            </Card>
            {quote.status === "pending" ? <EditQuoteForm quote={quote} /> : null}
            {quote.status === "approved" || quote.timeEntries.length > 0 ? (
              <TimeEntries
                entries={quote.timeEntries}
                editable={quote.status === "approved"}
                loggedMinutes={loggedMinutes}
                days={days}
              />
            ) : null}
            {quote.status === "approved" ? (
              // Keyed by the time logged: the default follows each entry logged or edited.
              <CompleteForm
                key={loggedMinutes}
                defaultMinutes={loggedMinutes}
                estimateMinutes={quote.estimateMinutes}
                overrunLimitMinutes={overrunLimitMinutes}
                customQuote={quote.paidWith === "money"}
              />
            ) : null}
            {withdrawable ? <WithdrawForm quote={quote} /> : null}
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
