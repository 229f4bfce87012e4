// PlainPage (app/components) copies Polaris Page's layout by its class names: an upgrade of Polaris that renames
// them must fail here rather than silently unstyle every page.
import { readFileSync } from "node:fs";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import { PAGE_CLASSES, PlainPage } from "~/components/PlainPage";

// Polaris ships no types for its CSS-module maps.
const POLARIS_PAGE = "@shopify/polaris/build/esm/components/Page/Page.css.js";

test("PlainPage's class names are Polaris Page's, and Polaris's stylesheet styles them", async () => {
  const { default: polarisPage } = (await import(POLARIS_PAGE)) as { default: Record<string, string> };
  for (const [key, name] of Object.entries(PAGE_CLASSES)) {
    expect(polarisPage[key], key).toBe(name);
  }
  const css = readFileSync("node_modules/@shopify/polaris/build/esm/styles.css", "utf8");
  for (const name of Object.values(PAGE_CLASSES)) expect(css).toContain(`.${name}{`);
});

test("PlainPage renders Polaris Page's markup for a page without a header", () => {
  expect(renderToStaticMarkup(<PlainPage>body</PlainPage>)).toBe(
    '<div class="Polaris-Page"><div class="Polaris-Page__Content">body</div></div>',
  );
  expect(renderToStaticMarkup(<PlainPage narrowWidth>body</PlainPage>)).toBe(
    '<div class="Polaris-Page Polaris-Page--narrowWidth"><div class="Polaris-Page__Content">body</div></div>',
  );
});
