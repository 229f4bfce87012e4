import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Page } from "@shopify/polaris";
import { z } from "zod";
import { QuoteList } from "../components/portal/QuoteList";
import { requireDeveloper } from "../portal/auth.server";
import { listDeveloperQuotes } from "../services/quotes/developer-reads.server";
import { parse } from "../lib/forms";
import { badRequest } from "../lib/http.server";
import { cursorParam } from "../lib/pages";

const QuotesQuery = z.object({ cursor: cursorParam("time", "uuid") });

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const session = await requireDeveloper(request);
  const query = parse(QuotesQuery, new URL(request.url).searchParams);
  if (!query.ok) throw badRequest(query);
  return listDeveloperQuotes(session.developer.id, { cursor: query.data.cursor });
};

export default function Quotes() {
  const { quotes, links } = useLoaderData<typeof loader>();
  return (
    <Page
      title="Quotes"
      subtitle="Every quote on your connected stores, newest first. Open a store to write a new one."
    >
      <QuoteList quotes={quotes} showStore links={links} />
    </Page>
  );
}
