// The developer portal and the company console in a browser: every page inside Polaris' frame,
// accessible at desktop width and without sideways scrolling at phone width; confirmations that
// change nothing when cancelled; error pages that keep the navigation; a time form that empties
// after a success. Screenshots go to test-results/.
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { appUrl, browserForFile, loginDeveloper, shot } from "./support/browser";
import { PHONE, expectAccessible, expectNoHorizontalOverflow } from "./support/checks";

const session = browserForFile();
const DESKTOP = { width: 1360, height: 900 };
const APPROVED_QUOTE = "Add a size guide to product pages";

/** Waits until the navigation shows `label`, and only it, as the current page. */
async function expectCurrent(page: Page, label: string) {
  const selected = page.locator(".Polaris-Navigation__ItemInnerWrapper--selected");
  await selected.filter({ hasText: label }).waitFor();
  expect(await selected.allInnerTexts()).toEqual([label]);
}

/** Opens `path`, waits for `text`, then checks it at desktop width (axe) and at phone width (overflow). */
async function checkPage(page: Page, path: string, text: string | RegExp, name: string) {
  await page.setViewportSize(DESKTOP);
  await page.goto(`${appUrl}${path}`);
  await page.getByText(text).first().waitFor();
  await expectAccessible(page, path);
  await page.setViewportSize(PHONE);
  await expectNoHorizontalOverflow(page, `${path} at ${PHONE.width} px`);
  await shot(page, `portal-phone-${name}`);
}

test("every developer page sits in the portal's frame, passes axe and fits a phone", async () => {
  const page = await loginDeveloper(session);
  await page.getByRole("link", { name: "Quotes", exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/developer/quotes");
  await expectCurrent(page, "Quotes");
  // A developer sees no console entries.
  expect(await page.getByRole("link", { name: "Monthly report" }).count()).toBe(0);

  const quoteUrl = await page.getByRole("link", { name: APPROVED_QUOTE }).getAttribute("href");
  await page.goto(`${appUrl}/developer`);
  const storeUrl = await page
    .getByRole("link", { name: "demo-store.myshopify.com" })
    .first()
    .getAttribute("href");
  const pages: [string, string | RegExp, string][] = [
    ["/developer", "Offer a pack to a new store", "clients"],
    [storeUrl!, "New quote", "store"],
    ["/developer/quotes", APPROVED_QUOTE, "quotes"],
    [quoteUrl!, "Complete the work", "quote"],
    ["/developer/settlements", /Settlements/, "settlements"],
    ["/developer/invoices", /Invoices/, "invoices"],
    ["/developer/settings", "Save email settings", "settings"],
  ];
  for (const [path, text, name] of pages) await checkPage(page, path, text, name);

  // A store's page belongs to Clients in the navigation.
  await page.setViewportSize(DESKTOP);
  await page.goto(`${appUrl}${storeUrl}`);
  await expectCurrent(page, "Clients");

  // At phone width the navigation is a drawer behind the top bar's menu button.
  await page.setViewportSize(PHONE);
  await page.getByRole("button", { name: "Toggle menu" }).click();
  await page.getByRole("link", { name: "Settlements", exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/developer/settlements");
  await expectNoHorizontalOverflow(page, "settlements after the phone's navigation");
});

test("every console page is in the admin's navigation, passes axe and fits a phone", async () => {
  const page = await loginDeveloper(session, "admin@example.com");
  await page.getByRole("link", { name: "Developers", exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/developer/console");
  await expectCurrent(page, "Developers");
  const pages: [string, string | RegExp, string][] = [
    ["/developer/console", "dana@example.com", "console-developers"],
    ["/developer/console/invoices", /Approve submitted invoices/, "console-invoices"],
    ["/developer/console/disputes", /Disputes/, "console-disputes"],
    ["/developer/console/pricing", /Pricing/, "console-pricing"],
    ["/developer/console/report", /Monthly report/, "console-report"],
  ];
  for (const [path, text, name] of pages) await checkPage(page, path, text, name);
  // The account and logout are in the top bar's user menu.
  await page.setViewportSize(DESKTOP);
  await page.getByRole("button", { name: /Ada Admin/ }).click();
  await page.getByRole("menuitem", { name: "Log out" }).click();
  await page.waitForURL((url) => url.pathname === "/developer/login");
});

test("an unknown quote and an unknown address show an error page inside the navigation", async () => {
  const page = await loginDeveloper(session);
  await page.setViewportSize(DESKTOP);
  await page.goto(`${appUrl}/developer/quotes/00000000-0000-4000-8000-000000000000`);
  await page.getByRole("heading", { name: "Not found" }).waitFor();
  await page.getByText("This quote does not exist or is not yours").waitFor();
  await expectAccessible(page, "the portal's 404 page");
  await shot(page, "portal-error-page");
  await page.goto(`${appUrl}/developer/no-such-page`);
  await page.getByRole("heading", { name: "Not found" }).waitFor();
  // The navigation stays, and the page's back action leads home.
  await page.getByRole("link", { name: "Invoices", exact: true }).waitFor();
  await page.getByRole("link", { name: "Clients" }).first().click();
  await page.waitForURL((url) => url.pathname === "/developer");
});

test("the time form empties after a success, and deleting asks first: cancel keeps the entry, confirm deletes it", async () => {
  const page = await loginDeveloper(session);
  await page.setViewportSize(DESKTOP);
  await page.getByRole("link", { name: "Quotes", exact: true }).click();
  await page.getByRole("link", { name: APPROVED_QUOTE }).click();
  await page.getByRole("button", { name: "Log time" }).waitFor();
  await page.waitForLoadState("networkidle"); // hydrated: the confirmations need JavaScript
  const note = `Measured ${Date.now().toString(36)}`;
  await page.getByLabel("Hours", { exact: true }).fill("1.25");
  await page.getByLabel("Note", { exact: true }).fill(note);
  await page.getByRole("button", { name: "Log time" }).click();
  await page.getByText("Time logged.").waitFor();
  const entryDelete = page.getByRole("button", { name: new RegExp(`^Delete 1\\.25 h on .*${note}`) });
  await entryDelete.waitFor();
  // The form for the next entry is empty again: the same entry cannot be sent twice by accident.
  expect(await page.getByLabel("Hours", { exact: true }).inputValue()).toBe("");
  expect(await page.getByLabel("Note", { exact: true }).inputValue()).toBe("");

  await entryDelete.click();
  const dialog = page.getByRole("dialog");
  await dialog.getByText(/is deleted for good/).waitFor();
  await shot(page, "portal-confirm-delete");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await dialog.waitFor({ state: "hidden" });
  await page.reload();
  await entryDelete.waitFor();

  await page.waitForLoadState("networkidle");
  await entryDelete.click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete entry" }).click();
  await page.getByText("Time entry deleted.").first().waitFor();
  // The list follows the toast once the page's data is read again.
  await entryDelete.waitFor({ state: "detached" });
});

test("completing asks first and says what will be charged", async () => {
  const page = await loginDeveloper(session);
  await page.setViewportSize(DESKTOP);
  await page.getByRole("link", { name: "Quotes", exact: true }).click();
  await page.getByRole("link", { name: APPROVED_QUOTE }).click();
  await page.getByLabel("Actual hours").waitFor();
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Actual hours").fill("2");
  await page.getByRole("button", { name: "Complete and charge" }).click();
  const dialog = page.getByRole("dialog");
  await dialog
    .getByText("Charge 2 h to the store's packs: estimate 3 h, actual 2 h.", { exact: false })
    .waitFor();
  await expectAccessible(page, "the completion's confirmation");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await dialog.waitFor({ state: "hidden" });
  // Cancelled: the quote is still approved and open to time entries.
  await page.reload();
  await page.getByRole("button", { name: "Log time" }).waitFor();
  expect(await page.getByText("Approved", { exact: true }).count()).toBeGreaterThan(0);
});
