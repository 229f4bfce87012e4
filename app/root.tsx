import { Links, Meta, Outlet, Scripts, ScrollRestoration, useLoaderData } from "@remix-run/react";
import { env } from "./env.server";
import { SHOPIFY_CDN } from "./lib/cdn";

export const loader = () => ({ shopifyCdn: env.SHOPIFY_CDN_URL ?? SHOPIFY_CDN });

export default function App() {
  const { shopifyCdn } = useLoaderData<typeof loader>();
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
        <Outlet />
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}
