import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  Outlet,
  isRouteErrorResponse,
  useLoaderData,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { AppProvider } from "@shopify/polaris";
import en from "@shopify/polaris/locales/en.json";
import polarisStyles from "@shopify/polaris/build/esm/styles.css?url";
import type { ReactNode } from "react";
import { ErrorPage, describeError } from "../components/ErrorPage";
import type { PortalLayoutData } from "../components/portal/CsrfField";
import { PortalFrame } from "../components/portal/PortalFrame";
import { PortalLink } from "../components/portal/PortalLink";
import { optionalDeveloper } from "../portal/auth.server";

export const links = () => [{ rel: "stylesheet", href: polarisStyles }];
export const meta: MetaFunction = () => [{ title: "Support Packs · Developer portal" }];

export const loader = async ({ request }: LoaderFunctionArgs): Promise<PortalLayoutData> => {
  const session = await optionalDeveloper(request);
  if (!session) return { developer: null, csrf: null };
  const { name, email, role } = session.developer;
  return { developer: { name, email, role }, csrf: session.csrfToken };
};

/** Polaris for every portal page; logged-in pages sit in the portal's frame (navigation, top bar). */
function Shell({ layout, children }: { layout: PortalLayoutData | undefined; children: ReactNode }) {
  return (
    <AppProvider i18n={en} linkComponent={PortalLink}>
      {layout?.developer ? (
        <PortalFrame developer={layout.developer} csrf={layout.csrf}>
          {children}
        </PortalFrame>
      ) : (
        children
      )}
    </AppProvider>
  );
}

export default function DeveloperLayout() {
  const layout = useLoaderData<typeof loader>();
  return (
    <Shell layout={layout}>
      <Outlet />
    </Shell>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  // The layout's own data, when only a page failed: the error page keeps the navigation.
  const layout = useRouteLoaderData<PortalLayoutData>("routes/developer");
  // Portal routes throw plain-text responses too (403 from CSRF and roles): show their text.
  const described = describeError(error) ?? {
    status: isRouteErrorResponse(error) ? error.status : 500,
    message:
      isRouteErrorResponse(error) && typeof error.data === "string"
        ? error.data
        : "Something went wrong on our side. Try again in a moment.",
    errors: [],
  };
  const back = layout?.developer
    ? { content: "Clients", url: "/developer" }
    : { content: "Log in", url: "/developer/login" };
  return (
    <Shell layout={layout}>
      <ErrorPage {...described} back={back} />
    </Shell>
  );
}
