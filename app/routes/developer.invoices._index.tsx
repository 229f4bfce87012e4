import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Badge, Card, IndexTable, Link, Page } from "@shopify/polaris";
import { formatHours } from "../ledger/units";
import { requireDeveloper } from "../portal/auth.server";
import { listInvoices } from "../services/developers/invoices.server";
import { invoiceNumber, money } from "../lib/format";
import { z } from "zod";
import { parse } from "../lib/forms";
import { badRequest } from "../lib/http.server";
import { cursorParam } from "../lib/pages";
import { ListPagination } from "../components/ListPagination";

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
      <Card padding="0">
        <IndexTable
          itemCount={invoices.length}
          selectable={false}
          resourceName={{ singular: "invoice", plural: "invoices" }}
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
              <IndexTable.Cell>{invoice.createdAt.toISOString().slice(0, 10)}</IndexTable.Cell>
              <IndexTable.Cell>{invoice._count.lines}</IndexTable.Cell>
              <IndexTable.Cell>{formatHours(invoice.minutes)}</IndexTable.Cell>
              <IndexTable.Cell>{money(invoice.amountCents, invoice.currencyCode)}</IndexTable.Cell>
              <IndexTable.Cell>
                <Badge tone={invoice.status === "paid" ? "success" : "info"}>{invoice.status}</Badge>
              </IndexTable.Cell>
            </IndexTable.Row>
          ))}
        </IndexTable>
        <ListPagination links={links} />
      </Card>
    </Page>
  );
}
