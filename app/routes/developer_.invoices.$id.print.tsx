import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { minutesToHours } from "../ledger/units";
import { basisLabel, settledItem } from "../lib/settlements";
import { requireDeveloper } from "../portal/auth.server";
import { findInvoice } from "../services/developers/invoices.server";
import { dayOf, invoiceNumber, money, statusLabel } from "../lib/format";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${invoiceNumber(data.invoice.number)} · Support Packs` : "Invoice" },
];

// Admins may print any invoice (the company files them); developers only their own.
export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const session = await requireDeveloper(request);
  const owner = session.developer.role === "admin" ? undefined : session.developer.id;
  const invoice = await findInvoice(params.id ?? "", owner);
  if (!invoice) throw new Response("This invoice does not exist or is not yours.", { status: 404 });
  return { invoice };
};

const cell = { borderBottom: "1px solid #ddd", padding: "6px 8px", textAlign: "left" as const };
const num = { ...cell, textAlign: "right" as const };

export default function PrintableInvoice() {
  const { invoice } = useLoaderData<typeof loader>();
  const amount = (cents: number) => money(cents, invoice.currencyCode);
  return (
    <main style={{ fontFamily: "Inter, sans-serif", maxWidth: 760, margin: "32px auto", color: "#111" }}>
      <h1>Invoice {invoiceNumber(invoice.number)}</h1>
      <p>
        From {invoice.developer.name} ({invoice.developer.email}) to Support Packs · issued{" "}
        {dayOf(invoice.createdAt, "UTC")} · status {statusLabel(invoice.status).toLowerCase()}
        {invoice.paidAt ? ` (paid ${dayOf(invoice.paidAt, "UTC")})` : ""}
      </p>
      <table style={{ width: "100%", borderCollapse: "collapse" }}>
        <thead>
          <tr>
            <th style={cell}>Store</th>
            <th style={cell}>Settled</th>
            <th style={cell}>Basis</th>
            <th style={num}>Hours</th>
            <th style={num}>Rate</th>
            <th style={num}>Amount</th>
          </tr>
        </thead>
        <tbody>
          {invoice.lines.map((line) => (
            <tr key={line.id}>
              <td style={cell}>{line.shopDomain}</td>
              <td style={cell}>{settledItem(line)}</td>
              <td style={cell}>{basisLabel(line.basis)}</td>
              <td style={num}>{minutesToHours(line.minutes)}</td>
              <td style={num}>{amount(invoice.payoutRateCents)}/h</td>
              <td style={num}>{amount(line.amountCents)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th style={cell} colSpan={3}>
              Total
            </th>
            <th style={num}>{minutesToHours(invoice.minutes)}</th>
            <th style={num} />
            <th style={num}>{amount(invoice.amountCents)}</th>
          </tr>
        </tfoot>
      </table>
      <p style={{ color: "#555", fontSize: 13 }}>
        Amounts: hours × payout rate per settled pack, rounded half up to the cent; the total is the sum of
        the lines.
      </p>
    </main>
  );
}
