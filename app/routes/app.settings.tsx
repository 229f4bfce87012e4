import type { LoaderFunctionArgs } from "@remix-run/node";
import { TitleBar } from "@shopify/app-bridge-react";
import { Card, EmptyState, Page } from "@shopify/polaris";
import { authenticate } from "../shopify.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  await authenticate.admin(request);
  return null;
};

export default function Settings() {
  return (
    <Page>
      <TitleBar title="Settings" />
      <Card>
        <EmptyState heading="Nothing here yet" image="">
          <p>Settings arrive with the ledger.</p>
        </EmptyState>
      </Card>
    </Page>
  );
}
