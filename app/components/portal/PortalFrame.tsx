import { useLocation, useSubmit } from "@remix-run/react";
import { Frame, Navigation, Text, Toast, TopBar } from "@shopify/polaris";
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react";
import type { PortalLayoutData } from "./CsrfField";

type Developer = NonNullable<PortalLayoutData["developer"]>;

const ShowToast = createContext<(message: string) => void>(() => {});

/** Shows a toast inside the portal's frame. */
export function useToast(): (message: string) => void {
  return useContext(ShowToast);
}

/**
 * Shows `message` as a toast once per action answer (`result`), when the answer is a success.
 * The portal is not embedded in Shopify admin, so it uses Polaris' Toast inside its Frame.
 */
export function useSuccessToast(result: unknown, message: (result: { ok: true }) => string | null) {
  const show = useContext(ShowToast);
  useEffect(() => {
    const answer = result as { ok?: unknown } | undefined;
    if (answer?.ok !== true) return;
    const text = message(answer as { ok: true });
    if (text) show(text);
    // Only a new answer shows a toast; the message function changes on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [result, show]);
}

interface Item {
  url: string;
  label: string;
  /** Selected only on its own address, not on the pages below it. */
  exactMatch?: boolean;
  /** Other addresses that belong to this item (a store's page belongs to Clients). */
  matchPaths?: string[];
}

const developerItems: Item[] = [
  { url: "/developer", label: "Clients", exactMatch: true, matchPaths: ["/developer/stores"] },
  { url: "/developer/quotes", label: "Quotes" },
  { url: "/developer/settlements", label: "Settlements" },
  { url: "/developer/invoices", label: "Invoices" },
  { url: "/developer/settings", label: "Settings" },
];

const consoleItems: Item[] = [
  { url: "/developer/console", label: "Developers", exactMatch: true },
  { url: "/developer/console/invoices", label: "All invoices" },
  { url: "/developer/console/disputes", label: "Disputes" },
  { url: "/developer/console/pricing", label: "Pricing" },
  { url: "/developer/console/report", label: "Monthly report" },
];

/** The item the path belongs to (the longest match), so exactly one is selected. */
function selectedUrl(path: string): string | null {
  const all = [...developerItems, ...consoleItems];
  const matches = all.filter(
    (item) =>
      path === item.url ||
      (!item.exactMatch && path.startsWith(`${item.url}/`)) ||
      item.matchPaths?.some((p) => path === p || path.startsWith(`${p}/`)),
  );
  return matches.sort((a, b) => b.url.length - a.url.length)[0]?.url ?? null;
}

/** The portal's frame: top bar with the account and logout, navigation with the current page, toasts. */
export function PortalFrame({
  developer,
  csrf,
  children,
}: {
  developer: Developer;
  csrf: string | null;
  children: ReactNode;
}) {
  const { pathname } = useLocation();
  const submit = useSubmit();
  const [mobileNav, setMobileNav] = useState(false);
  const [userMenu, setUserMenu] = useState(false);
  const [toast, setToast] = useState<{ message: string; id: number } | null>(null);
  const show = useCallback((message: string) => setToast((t) => ({ message, id: (t?.id ?? 0) + 1 })), []);
  // A page change closes the phone's navigation drawer.
  useEffect(() => setMobileNav(false), [pathname]);
  const selected = selectedUrl(pathname);
  const items = (list: Item[]) => list.map(({ url, label }) => ({ url, label, selected: url === selected }));

  const topBar = (
    <TopBar
      contextControl={
        <Text as="span" variant="headingMd" tone="text-inverse">
          Support Packs
        </Text>
      }
      showNavigationToggle
      onNavigationToggle={() => setMobileNav((open) => !open)}
      userMenu={
        <TopBar.UserMenu
          name={developer.name || developer.email}
          detail={developer.role === "admin" ? "Company admin" : developer.email}
          initials={(developer.name || developer.email).charAt(0).toUpperCase()}
          open={userMenu}
          onToggle={() => setUserMenu((open) => !open)}
          actions={[
            {
              items: [
                {
                  content: "Log out",
                  onAction: () =>
                    submit({ _csrf: csrf ?? "" }, { method: "post", action: "/developer/logout" }),
                },
              ],
            },
          ]}
        />
      }
    />
  );

  const navigation = (
    <Navigation location={pathname} ariaLabelledBy="portal-navigation-title">
      <Text as="h2" visuallyHidden id="portal-navigation-title">
        Portal navigation
      </Text>
      <Navigation.Section title="Developer portal" items={items(developerItems)} />
      {developer.role === "admin" ? (
        <Navigation.Section title="Company console" items={items(consoleItems)} separator />
      ) : null}
    </Navigation>
  );

  return (
    <Frame
      topBar={topBar}
      navigation={navigation}
      showMobileNavigation={mobileNav}
      onNavigationDismiss={() => setMobileNav(false)}
    >
      <ShowToast.Provider value={show}>{children}</ShowToast.Provider>
      {toast ? <Toast key={toast.id} content={toast.message} onDismiss={() => setToast(null)} /> : null}
    </Frame>
  );
}
