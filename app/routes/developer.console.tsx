import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, Outlet } from "@remix-run/react";
import { Box, InlineStack } from "@shopify/polaris";
import { requireAdmin } from "../portal/auth.server";

// Child loaders run in parallel with this one: each of them checks the admin role itself too.
export const loader = async ({ request }: LoaderFunctionArgs) => {
  await requireAdmin(request);
  return null;
};

export default function Console() {
  return (
    <>
      <Box paddingInline="400" paddingBlockStart="300">
        <InlineStack gap="400">
          <Link to="/developer/console">Developers</Link>
          <Link to="/developer/console/invoices">Invoices</Link>
          <Link to="/developer/console/disputes">Disputes</Link>
          <Link to="/developer/console/pricing">Pricing</Link>
          <Link to="/developer/console/report">Monthly report</Link>
        </InlineStack>
      </Box>
      <Outlet />
    </>
  );
}
