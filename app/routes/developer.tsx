import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, Outlet, isRouteErrorResponse, useLoaderData, useRouteError } from "@remix-run/react";
import { AppProvider, Box, Button, InlineStack, Text } from "@shopify/polaris";
import en from "@shopify/polaris/locales/en.json";
import polarisStyles from "@shopify/polaris/build/esm/styles.css?url";
import { ErrorPage, describeError } from "../components/ErrorPage";
import { CsrfField, type PortalLayoutData } from "../components/portal/CsrfField";
import { optionalDeveloper } from "../portal/auth.server";

export const links = () => [{ rel: "stylesheet", href: polarisStyles }];
export const meta: MetaFunction = () => [{ title: "Support Packs · Developer portal" }];

export const loader = async ({ request }: LoaderFunctionArgs): Promise<PortalLayoutData> => {
  const session = await optionalDeveloper(request);
  if (!session) return { developer: null, csrf: null };
  const { name, email, role } = session.developer;
  return { developer: { name, email, role }, csrf: session.csrfToken };
};

function Nav({ layout }: { layout: PortalLayoutData }) {
  if (!layout.developer) return null;
  return (
    <Box padding="400" background="bg-surface" borderBlockEndWidth="025" borderColor="border">
      <InlineStack gap="400" blockAlign="center" align="space-between">
        <InlineStack gap="400" blockAlign="center">
          <Text as="span" variant="headingMd">
            Support Packs
          </Text>
          <Link to="/developer">Clients</Link>
          <Link to="/developer/quotes">Quotes</Link>
          <Link to="/developer/settlements">Settlements</Link>
          <Link to="/developer/invoices">Invoices</Link>
          {layout.developer.role === "admin" ? <Link to="/developer/console">Company console</Link> : null}
          <Link to="/developer/settings">Settings</Link>
        </InlineStack>
        <Form method="post" action="/developer/logout">
          <CsrfField token={layout.csrf} />
          <InlineStack gap="200" blockAlign="center">
            <Text as="span" tone="subdued">
              {layout.developer.email}
            </Text>
            <Button submit variant="plain">
              Log out
            </Button>
          </InlineStack>
        </Form>
      </InlineStack>
    </Box>
  );
}

export default function DeveloperLayout() {
  const layout = useLoaderData<typeof loader>();
  return (
    <AppProvider i18n={en}>
      <Nav layout={layout} />
      <Outlet />
    </AppProvider>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  // Portal routes throw plain-text responses too (403 from CSRF and roles): show their text.
  const described = describeError(error) ?? {
    status: isRouteErrorResponse(error) ? error.status : 500,
    message:
      isRouteErrorResponse(error) && typeof error.data === "string"
        ? error.data
        : "Something went wrong on our side. Try again in a moment.",
    errors: [],
  };
  return (
    <AppProvider i18n={en}>
      <ErrorPage {...described} back={{ content: "Portal", url: "/developer" }} />
    </AppProvider>
  );
}
