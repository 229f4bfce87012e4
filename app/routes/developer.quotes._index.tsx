import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Page } from "@shopify/polaris";
import { QuoteList } from "../components/portal/QuoteList";
import { requireDeveloper } from "../portal/auth.server";
import { listDeveloperQuotes } from "../services/quotes/developer-reads.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const session = await requireDeveloper(request);
  return { quotes: await listDeveloperQuotes(session.developer.id) };
};

export default function Quotes() {
  const { quotes } = useLoaderData<typeof loader>();
  return (
    <Page
      title="Quotes"
      subtitle="Every quote on your connected stores, newest first. Open a store to write a new one."
    >
      <QuoteList quotes={quotes} showStore />
    </Page>
  );
}
