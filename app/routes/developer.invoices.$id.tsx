import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { BlockStack, Card, Page, Text } from "@shopify/polaris";
import { StatusBadge } from "../components/portal/StatusBadge";
import { InvoiceLines } from "../components/portal/InvoiceLines";
import { requireDeveloper } from "../portal/auth.server";
import { invoiceDetail } from "../services/developers/invoices.server";
import { dayOf, invoiceNumber } from "../lib/format";

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const session = await requireDeveloper(request);
  const result = await invoiceDetail(session.developer.id, params.id ?? "");
  if (!result.ok) throw new Response(result.message, { status: 404 });
  return { invoice: result.invoice };
};

export default function Invoice() {
  const { invoice } = useLoaderData<typeof loader>();
  const base = `/developer/invoices/${invoice.id}`;
  return (
    <Page
      title={invoiceNumber(invoice.number)}
      titleMetadata={<StatusBadge status={invoice.status} />}
      backAction={{ content: "Invoices", url: "/developer/invoices" }}
      secondaryActions={[
        { content: "Printable", url: `${base}/print`, external: true },
        { content: "Download CSV", url: `${base}/csv`, external: true },
      ]}
    >
      <BlockStack gap="400">
        <Text as="p">
          Issued {dayOf(invoice.createdAt, "UTC")}
          {invoice.approvedAt ? ` · approved ${dayOf(invoice.approvedAt, "UTC")}` : ""}
          {invoice.paidAt ? ` · paid ${dayOf(invoice.paidAt, "UTC")}` : ""}
        </Text>
        <Card padding="0">
          <InvoiceLines invoice={invoice} />
        </Card>
      </BlockStack>
    </Page>
  );
}
