import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { BlockStack, Button, Card, DataTable, InlineStack, Page } from "@shopify/polaris";
import { TextInput } from "../components/TextInput";
import { requireAdmin } from "../portal/auth.server";
import { monthlyReport } from "../services/developers/report.server";
import * as clock from "../clock.server";
import { z } from "zod";
import { calendarMonth, parse } from "../lib/forms";
import { badRequest } from "../lib/http.server";
import { hours, money } from "../lib/format";

const ReportQuery = z.object({ month: calendarMonth().optional() });

export const loader = async ({ request }: LoaderFunctionArgs) => {
  await requireAdmin(request);
  const query = parse(ReportQuery, new URL(request.url).searchParams);
  if (!query.ok) throw badRequest(query);
  const now = clock.now();
  const result = await monthlyReport(query.data.month ?? now.toISOString().slice(0, 7), now);
  if (!result.ok) throw badRequest(result);
  return { report: result.report };
};

export default function Report() {
  const { report } = useLoaderData<typeof loader>();
  return (
    <Page title={`Monthly report · ${report.month}`} subtitle="UTC calendar month, all stores.">
      <BlockStack gap="400">
        <Form method="get">
          <InlineStack gap="200" blockAlign="end">
            <TextInput label="Month" name="month" type="month" initial={report.month} />
            <Button submit>Show</Button>
          </InlineStack>
        </Form>
        <Card padding="0">
          <DataTable
            columnContentTypes={["text", "numeric"]}
            headings={["", report.month]}
            rows={[
              ["Packs sold", String(report.packsSold)],
              ["Hours sold", hours(report.minutesSold)],
              ["Pack sales", money(report.salesCents)],
              ["Hours used from packs", hours(report.minutesUsed)],
              ["Hours expired", hours(report.minutesExpired)],
              ["Hours carried over", hours(report.minutesCarriedOver)],
              ["Custom quotes paid", String(report.customQuotesPaid)],
              ["Custom-quote hours (estimated)", hours(report.customQuoteMinutes)],
              ["Custom-quote sales", money(report.customQuoteSalesCents)],
              ["Invoiced by developers", money(report.invoicedCents)],
              [`Payouts (${report.invoicesPaid} invoices paid)`, money(report.payoutsCents)],
            ]}
          />
        </Card>
      </BlockStack>
    </Page>
  );
}
