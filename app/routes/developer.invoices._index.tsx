import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { EmptyState, IndexTable, Link, Page } from "@shopify/polaris";
import { StatusBadge } from "../components/portal/StatusBadge";
import { requireDeveloper } from "../portal/auth.server";
import { listInvoices } from "../services/developers/invoices.server";
import { dayOf, hours, invoiceNumber, money } from "../lib/format";
import { z } from "zod";
import { parse } from "../lib/forms";
import { badRequest } from "../lib/http.server";
import { cursorParam } from "../lib/pages";
import { PagedCard } from "../components/PagedCard";

const InvoicesQuery = z.object({ cursor: cursorParam("int", "uuid") });

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const session = await requireDeveloper(request);
  const query = parse(InvoicesQuery, new URL(request.url).searchParams);
  if (!query.ok) throw badRequest(query);
  return listInvoices(session.developer.id, query.data.cursor);
};

export default function Invoices() {
  const { invoices, links } = useLoaderData<typeof loader>();
  return (
    <Page title="Invoices">
      <PagedCard links={links}>
        <IndexTable
          itemCount={invoices.length}
          selectable={false}
          resourceName={{ singular: "invoice", plural: "invoices" }}
          emptyState={
            <EmptyState heading="No invoices yet" image="">
              <p>Invoice your final settlements from the Settlements page.</p>
            </EmptyState>
          }
          headings={[
            { title: "Number" },
            { title: "Date" },
            { title: "Packs" },
            { title: "Hours" },
            { title: "Amount" },
            { title: "Status" },
          ]}
        >
          {invoices.map((invoice, index) => (
            <IndexTable.Row id={invoice.id} key={invoice.id} position={index}>
              <IndexTable.Cell>
                <Link url={`/developer/invoices/${invoice.id}`}>{invoiceNumber(invoice.number)}</Link>
              </IndexTable.Cell>
              <IndexTable.Cell>{dayOf(invoice.createdAt, "UTC")}</IndexTable.Cell>
              <IndexTable.Cell>{invoice._count.lines}</IndexTable.Cell>
              <IndexTable.Cell>{hours(invoice.minutes)}</IndexTable.Cell>
              <IndexTable.Cell>{money(invoice.amountCents, invoice.currencyCode)}</IndexTable.Cell>
              <IndexTable.Cell>
                <StatusBadge status={invoice.status} />
              </IndexTable.Cell>
            </IndexTable.Row>
          ))}
        </IndexTable>
      </PagedCard>
    </Page>
  );
}
