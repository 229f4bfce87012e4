import type { HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Link, Outlet, useLoaderData, useRouteError } from "@remix-run/react";
import { NavMenu } from "@shopify/app-bridge-react";
import { AppProvider as PolarisAppProvider } from "@shopify/polaris";
import en from "@shopify/polaris/locales/en.json";
import polarisStyles from "@shopify/polaris/build/esm/styles.css?url";
import { boundary } from "@shopify/shopify-app-remix/server";
import { AppProvider } from "@shopify/shopify-app-remix/react";
import { ErrorPage, describeError } from "../components/ErrorPage";
import { ExpiryBanners } from "../components/ExpiryBanners";
import { useShopifyCdn } from "../lib/cdn";
import { expiryBanners } from "../services/banner.server";
import * as clock from "../clock.server";
import { requireShop } from "../merchant/auth.server";

export const links = () => [{ rel: "stylesheet", href: polarisStyles }];

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { shop } = await requireShop(request);
  return {
    apiKey: process.env.SHOPIFY_API_KEY || "",
    banners: await expiryBanners(shop.id, clock.now()),
  };
};

export default function App() {
  const { apiKey, banners } = useLoaderData<typeof loader>();
  const cdn = useShopifyCdn();
  return (
    <AppProvider isEmbeddedApp apiKey={apiKey} __APP_BRIDGE_URL={`${cdn}/shopifycloud/app-bridge.js`}>
      <NavMenu>
        <Link to="/app" rel="home">
          Home
        </Link>
        <Link to="/app/packs">Packs</Link>
        <Link to="/app/quotes">Quotes</Link>
        <Link to="/app/settings">Settings</Link>
      </NavMenu>
      <ExpiryBanners banners={banners} />
      <Outlet />
    </AppProvider>
  );
}

// Shopify needs Remix to catch some thrown responses (authentication) so that their headers are
// included; our own page errors (404s, bad links) and faults render as a page.
export function ErrorBoundary() {
  const error = useRouteError();
  const described = describeError(error);
  if (!described) return boundary.error(error);
  return (
    <PolarisAppProvider i18n={en}>
      <ErrorPage {...described} back={{ content: "Home", url: "/app" }} />
    </PolarisAppProvider>
  );
}

export const headers: HeadersFunction = (headersArgs) => {
  return boundary.headers(headersArgs);
};
