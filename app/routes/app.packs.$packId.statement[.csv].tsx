import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "../lib/http.server";
import { packStatement } from "../services/ledger/statement.server";
import { statementCsv, statementFilename } from "../services/statement-csv.server";
import { requireShop } from "../merchant/auth.server";
import * as clock from "../clock.server";

// Resource route: GET /app/packs/:packId/statement.csv (fetched with the session token).
export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const { shop } = await requireShop(request);
  const statement = await packStatement(shop.id, params.packId ?? "", clock.now());
  if (!statement) throw notFound("This pack does not exist in your store. Open it from Home.");
  return new Response(statementCsv(statement), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${statementFilename(statement)}"`,
      "Cache-Control": "private, no-store",
    },
  });
};
