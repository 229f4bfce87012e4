import type { HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import {
  Link,
  Outlet,
  useLoaderData,
  useLocation,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { NavMenu } from "@shopify/app-bridge-react";
import { AppProvider as PolarisAppProvider } from "@shopify/polaris";
import en from "@shopify/polaris/locales/en.json";
import polarisStyles from "@shopify/polaris/build/esm/styles.css?url";
import { boundary } from "@shopify/shopify-app-remix/server";
import { AppProvider } from "@shopify/shopify-app-remix/react";
import type { ReactNode } from "react";
import { ErrorPage, describeError } from "../components/ErrorPage";
import { ExpiryBanners, urgentOnly } from "../components/ExpiryBanners";
import { NavigationLoading } from "../components/NavigationLoading";
import { useShopifyCdn } from "../lib/cdn";
import { expiryBanners } from "../services/banner.server";
import { waitingCount } from "../services/quotes/review.server";
import * as clock from "../clock.server";
import { requireShop } from "../merchant/auth.server";

export const links = () => [{ rel: "stylesheet", href: polarisStyles }];

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { shop } = await requireShop(request);
  const [banners, waiting] = await Promise.all([expiryBanners(shop.id, clock.now()), waitingCount(shop.id)]);
  return { apiKey: process.env.SHOPIFY_API_KEY || "", banners, waiting };
};

// Shopify's navigation has no badges: the count of quotes waiting goes in the label (ADR 110).
function Frame({ apiKey, waiting, children }: { apiKey: string; waiting: number; children: ReactNode }) {
  const cdn = useShopifyCdn();
  return (
    <AppProvider isEmbeddedApp apiKey={apiKey} __APP_BRIDGE_URL={`${cdn}/shopifycloud/app-bridge.js`}>
      <NavMenu>
        <Link to="/app" rel="home">
          Home
        </Link>
        <Link to="/app/packs">Packs</Link>
        <Link to="/app/quotes">{waiting > 0 ? `Quotes (${waiting})` : "Quotes"}</Link>
        <Link to="/app/settings">Settings</Link>
      </NavMenu>
      <NavigationLoading />
      {children}
    </AppProvider>
  );
}

export default function App() {
  const { apiKey, banners, waiting } = useLoaderData<typeof loader>();
  const { pathname } = useLocation();
  // Home shows every notice inside its own layout; other pages only the urgent ones.
  const home = pathname === "/app" || pathname === "/app/";
  return (
    <Frame apiKey={apiKey} waiting={waiting}>
      {home ? null : <ExpiryBanners banners={urgentOnly(banners)} />}
      <Outlet />
    </Frame>
  );
}

// Shopify needs Remix to catch some thrown responses (authentication) so that their headers are
// included; our own page errors (404s, bad links) and faults render as a page, inside the app's
// navigation when this layout's loader got that far (a page below it failed).
export function ErrorBoundary() {
  const error = useRouteError();
  const layout = useRouteLoaderData<typeof loader>("routes/app");
  const described = describeError(error);
  if (!described) return boundary.error(error);
  const page = <ErrorPage {...described} back={{ content: "Home", url: "/app" }} />;
  if (layout) {
    return (
      <Frame apiKey={layout.apiKey} waiting={layout.waiting}>
        {page}
      </Frame>
    );
  }
  return <PolarisAppProvider i18n={en}>{page}</PolarisAppProvider>;
}

export const headers: HeadersFunction = (headersArgs) => {
  return boundary.headers(headersArgs);
};
