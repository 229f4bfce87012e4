import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireDeveloper } from "../portal/auth.server";
import { PORTAL_SECURITY_HEADERS } from "../portal/headers.server";
import { findInvoice } from "../services/developers/invoices.server";
import { invoiceCsv } from "../services/developers/invoice-csv";
import { invoiceNumber } from "../lib/format";

// The company reads an invoice's CSV through the same route: admins may open any invoice.
export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const session = await requireDeveloper(request);
  const owner = session.developer.role === "admin" ? undefined : session.developer.id;
  const invoice = await findInvoice(params.id ?? "", owner);
  if (!invoice) throw new Response("This invoice does not exist or is not yours.", { status: 404 });
  return new Response(invoiceCsv(invoice), {
    headers: {
      ...PORTAL_SECURITY_HEADERS,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${invoiceNumber(invoice.number)}.csv"`,
    },
  });
};
