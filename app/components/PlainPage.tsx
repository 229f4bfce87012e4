import type { ReactNode } from "react";

/**
 * A page without an in-page header, laid out exactly as Polaris `Page` lays one out (its own class
 * names, from the Polaris stylesheet the app loads). In the embedded app the header is App
 * Bridge's TitleBar, yet Polaris `Page` brings its header's code (action menus, popovers,
 * pagination, a text field: 60 KiB, 18 KiB gzip) into every page that uses it. Pages with an
 * in-page title or back action use Polaris `Page` (docs/decisions/112).
 */
export function PlainPage({ children, narrowWidth = false }: { children: ReactNode; narrowWidth?: boolean }) {
  return (
    <div className={narrowWidth ? `${PAGE_CLASSES.Page} ${PAGE_CLASSES.narrowWidth}` : PAGE_CLASSES.Page}>
      <div className={PAGE_CLASSES.Content}>{children}</div>
    </div>
  );
}

/** Polaris Page's class names (test/lib/plain-page.test.ts holds them to Polaris's own). */
export const PAGE_CLASSES = {
  Page: "Polaris-Page",
  narrowWidth: "Polaris-Page--narrowWidth",
  Content: "Polaris-Page__Content",
} as const;
