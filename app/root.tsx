import type { ReactNode } from "react";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useRouteError,
} from "@remix-run/react";
import { describeError } from "./components/ErrorPage";
import { env } from "./env.server";
import { SHOPIFY_CDN, useShopifyCdn } from "./lib/cdn";

export const loader = () => ({ shopifyCdn: env.SHOPIFY_CDN_URL ?? SHOPIFY_CDN });

// The document around every page, and around the error page when no page could render.
export function Layout({ children }: { children: ReactNode }) {
  const shopifyCdn = useShopifyCdn();
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <link rel="preconnect" href={`${shopifyCdn}/`} />
        <link rel="stylesheet" href={`${shopifyCdn}/static/fonts/inter/v4/styles.css`} />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

// Reached only by addresses no page serves (routes/$.tsx) and faults outside the app and portal,
// whose own boundaries show their errors. Text only.
export function ErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const message =
    describeError(error)?.message ??
    (status < 500
      ? "This page cannot be shown. Check the link."
      : "Something went wrong on our side. Try again in a moment.");
  return (
    <main style={{ fontFamily: "Inter, sans-serif", maxWidth: 640, margin: "48px auto", padding: 16 }}>
      <h1>{status === 404 ? "Not found" : "Something went wrong"}</h1>
      <p>{message}</p>
    </main>
  );
}
