import type { LoaderFunctionArgs } from "@remix-run/node";
import { TitleBar } from "@shopify/app-bridge-react";
import { Card, EmptyState, Page } from "@shopify/polaris";
import { authenticate } from "../shopify.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  await authenticate.admin(request);
  return null;
};

export default function Packs() {
  return (
    <Page>
      <TitleBar title="Packs" />
      <Card>
        <EmptyState heading="Nothing here yet" image="">
          <p>Packs arrive with the ledger.</p>
        </EmptyState>
      </Card>
    </Page>
  );
}
