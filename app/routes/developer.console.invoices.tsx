import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData, useNavigate } from "@remix-run/react";
import { BlockStack, EmptyState, IndexTable, Link, Page, Tabs } from "@shopify/polaris";
import { z } from "zod";
import { ConfirmButton } from "../components/portal/ConfirmButton";
import { IntentForm } from "../components/portal/IntentForm";
import { useSuccessToast } from "../components/portal/PortalFrame";
import { StatusBadge } from "../components/portal/StatusBadge";
import { FormError } from "../components/portal/FormError";
import { requireAdmin, requireDeveloperAction } from "../portal/auth.server";
import { id, oneOf, parse } from "../lib/forms";
import { badRequest, refuse } from "../lib/http.server";
import { cursorParam } from "../lib/pages";
import { PagedCard } from "../components/PagedCard";
import { approveInvoice, listAllInvoices, markInvoicePaid } from "../services/developers/console.server";
import * as clock from "../clock.server";
import { dayOf, hours, invoiceNumber, money, statusLabel } from "../lib/format";

const STATUSES = ["submitted", "approved", "paid"] as const;
const InvoicesQuery = z.object({
  status: oneOf(["all", ...STATUSES]).default("all"),
  cursor: cursorParam("int", "uuid"),
});

export const loader = async ({ request }: LoaderFunctionArgs) => {
  await requireAdmin(request);
  const query = parse(InvoicesQuery, new URL(request.url).searchParams);
  if (!query.ok) throw badRequest(query);
  const { status, cursor } = query.data;
  const page = await listAllInvoices({ ...(status === "all" ? {} : { status }), cursor });
  return { ...page, status };
};

const InvoiceAction = z.object({ intent: oneOf(["approve", "pay"]), invoiceId: id() });

export const action = async ({ request }: ActionFunctionArgs) => {
  const { form } = await requireDeveloperAction(request, { admin: true });
  const parsed = parse(InvoiceAction, form);
  if (!parsed.ok) return refuse(parsed);
  const input = parsed.data;
  const now = clock.now();
  const result =
    input.intent === "approve"
      ? await approveInvoice(input.invoiceId, now)
      : await markInvoicePaid(input.invoiceId, now);
  if (!result.ok) return refuse(result);
  return { ok: true as const, done: input.intent };
};

type Invoice = Awaited<ReturnType<typeof loader>>["invoices"][number];

/** Approve or mark paid, after saying exactly what it records. */
function Move({ invoice, intent }: { invoice: Invoice; intent: "approve" | "pay" }) {
  const number = invoiceNumber(invoice.number);
  const amount = money(invoice.amountCents, invoice.currencyCode);
  const who = invoice.developer.name;
  const [label, title, body] =
    intent === "approve"
      ? [
          "Approve",
          `Approve ${number}?`,
          `${number} is approved: ${amount} for ${hours(invoice.minutes)} owed to ${who}. Mark it paid once the money is sent.`,
        ]
      : [
          "Mark paid",
          `Mark ${number} paid?`,
          `This records that ${amount} was sent to ${who} for ${number}. It cannot be undone.`,
        ];
  return (
    <IntentForm intent={intent} fields={{ invoiceId: invoice.id }}>
      <ConfirmButton size="slim" accessibilityLabel={`${label} ${number}`} title={title} body={body}>
        {label}
      </ConfirmButton>
    </IntentForm>
  );
}

const DONE = { approve: "Invoice approved.", pay: "Invoice marked paid." };

function EmptyInvoices() {
  return (
    <EmptyState heading="No invoices yet" image="">
      <p>A developer invoices from their Settlements page; their invoices appear here to approve.</p>
    </EmptyState>
  );
}

export default function ConsoleInvoices() {
  const { invoices, links, status } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  useSuccessToast(result, () => (result && "done" in result ? DONE[result.done] : null));
  const navigate = useNavigate();
  const tabs = ["all", ...STATUSES].map((id) => ({ id, content: id === "all" ? "All" : statusLabel(id) }));
  // A filter is another list: it starts at its first page, and the cursor goes.
  const select = (index: number) => navigate(`?status=${tabs[index]?.id ?? "all"}`);
  return (
    <Page title="Invoices" subtitle="Approve submitted invoices, then mark them paid once the money is sent.">
      <BlockStack gap="400">
        <FormError data={result} />
        <PagedCard links={links}>
          <Tabs tabs={tabs} selected={tabs.findIndex((t) => t.id === status)} onSelect={select} />
          <IndexTable
            itemCount={invoices.length}
            selectable={false}
            resourceName={{ singular: "invoice", plural: "invoices" }}
            emptyState={<EmptyInvoices />}
            headings={[
              { title: "Number" },
              { title: "Developer" },
              { title: "Date" },
              { title: "Hours" },
              { title: "Amount" },
              { title: "Status" },
              { title: "" },
            ]}
          >
            {invoices.map((invoice, index) => (
              <IndexTable.Row id={invoice.id} key={invoice.id} position={index}>
                <IndexTable.Cell>
                  <Link url={`/developer/invoices/${invoice.id}/print`} target="_blank">
                    {invoiceNumber(invoice.number)}
                  </Link>
                </IndexTable.Cell>
                <IndexTable.Cell>{invoice.developer.name}</IndexTable.Cell>
                <IndexTable.Cell>{dayOf(invoice.createdAt, "UTC")}</IndexTable.Cell>
                <IndexTable.Cell>{hours(invoice.minutes)}</IndexTable.Cell>
                <IndexTable.Cell>{money(invoice.amountCents, invoice.currencyCode)}</IndexTable.Cell>
                <IndexTable.Cell>
                  <StatusBadge status={invoice.status} />
                </IndexTable.Cell>
                <IndexTable.Cell>
                  {invoice.status === "submitted" ? <Move invoice={invoice} intent="approve" /> : null}
                  {invoice.status === "approved" ? <Move invoice={invoice} intent="pay" /> : null}
                </IndexTable.Cell>
              </IndexTable.Row>
            ))}
          </IndexTable>
        </PagedCard>
      </BlockStack>
    </Page>
  );
}
