import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "../lib/http.server";
import { packStatement } from "../services/ledger/statement.server";
import { statementCsv, statementFilename } from "../services/statement-csv.server";
import { shopForSession } from "../services/shops.server";
import { authenticate } from "../shopify.server";
import * as clock from "../clock.server";

// Resource route: GET /app/packs/:packId/statement.csv (fetched with the session token).
export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const { session, admin } = await authenticate.admin(request);
  const shop = await shopForSession(session.shop, admin.graphql);
  const statement = await packStatement(shop.id, params.packId ?? "", clock.now());
  if (!statement) throw notFound("pack");
  return new Response(statementCsv(statement), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${statementFilename(statement)}"`,
      "Cache-Control": "private, no-store",
    },
  });
};
