// The merchant's Home answers "what needs me?": quotes waiting are listed and decided there, behind
// a confirmation that says what will happen, with a toast after; the nav counts them; a bad link
// is a page inside the app's navigation; every page the merchant uses fits a phone.
import { expect, test } from "vitest";
import {
  answerCharge,
  browserForFile,
  confirmModal,
  DEMO,
  loginDeveloper,
  navigate,
  newStore,
  openAdmin,
  shot,
  type App,
} from "./support/browser";
import { expectAccessible, expectNoHorizontalOverflow, PHONE } from "./support/checks";
import type { Page } from "playwright-core";

const session = browserForFile();

/** A new store with a 25 h pack, connected to the demo developer, who sends it two quotes. */
async function storeWithQuotes() {
  const store = newStore("review");
  const admin = await openAdmin(session, store, "/app/packs");
  await admin.app.getByRole("button", { name: "Buy 25 hours" }).click();
  await confirmModal(admin.app, "Pay $2,250");
  await answerCharge(admin.page, "Approve charge");
  await admin.app.getByText("Hours added").waitFor();
  await navigate(admin.page, "Settings");
  await admin.app.getByLabel("Connect a developer by email").fill(DEMO.email);
  await admin.app.getByRole("button", { name: "Send request", exact: true }).click();
  await admin.app.getByText("Waiting for the developer").waitFor();

  const portal = await loginDeveloper(session);
  await portal.getByRole("button", { name: `Accept ${store}.myshopify.com` }).click();
  await portal.getByText(`You are connected to ${store}.myshopify.com`).waitFor();
  const titles: [string, string] = [`Add a store locator ${store}`, `Translate the checkout ${store}`];
  for (const [i, title] of titles.entries()) {
    await portal.goto(portal.url().replace(/\/developer.*$/, "/developer"));
    await portal
      .getByRole("link", { name: `${store}.myshopify.com` })
      .first()
      .click();
    await portal.getByLabel("Title").fill(title);
    await portal.getByLabel("Estimate (hours)").fill(String(3 - i));
    await portal.getByRole("button", { name: "Send quote to the merchant" }).click();
    await portal.waitForURL(/\/developer\/quotes\/[0-9a-f-]+$/);
  }
  await portal.close();
  return { ...admin, store, titles };
}

async function toast(page: Page, text: string) {
  await page.locator("#toast", { hasText: text }).waitFor();
}

async function navLabels(page: Page) {
  return page.locator("#app-nav a").allInnerTexts();
}

const reviewRow = (app: App, title: string) => app.getByRole("region", { name: title });

test("Home lists the quotes waiting; a decision asks first (Cancel changes nothing), acts on confirm and says so in a toast", async () => {
  const { page, app, titles } = await storeWithQuotes();
  const [first, second] = titles;
  await navigate(page, "Home");
  await app.getByRole("heading", { name: "To review" }).waitFor();
  await app.getByRole("link", { name: first }).waitFor();
  expect(await navLabels(page)).toContain("Quotes (2)");
  expect(await page.locator("#title-actions").innerText()).toBe("Buy hours");
  expect(await app.locator("body").innerText()).toMatch(
    /Estimate 3 h · Dana Developer · received \w{3} \d+, \d{4}/,
  );
  await expectAccessible(page, "home with quotes to review");
  await shot(page, "merchant-home-to-review");

  // Cancel: the modal says what would happen, and nothing does.
  await reviewRow(app, first).getByRole("button", { name: "Approve" }).click();
  const dialog = app.getByRole("dialog");
  await dialog.getByText(/Hold 3 h of your packs for “.*”.* 22 h will be left available/).waitFor();
  await expectAccessible(page, "approve confirmation");
  await shot(page, "merchant-home-confirm-approve");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await dialog.waitFor({ state: "detached" });
  await page.reload();
  await app.getByRole("link", { name: first }).waitFor();
  expect(await navLabels(page)).toContain("Quotes (2)");
  expect(await app.locator("body").innerText()).toMatch(/Available\s*25 h/);

  // Confirm: the hold is placed, the toast says so, the quote leaves the list and the count drops.
  await reviewRow(app, first).getByRole("button", { name: "Approve" }).click();
  await confirmModal(app, "Hold 3 h");
  await toast(page, "Quote approved: its estimate is held");
  await app.getByRole("link", { name: first }).waitFor({ state: "detached" });
  await expect.poll(() => navLabels(page)).toContain("Quotes (1)");
  expect(await app.locator("body").innerText()).toMatch(
    /Available\s*22 h[\s\S]*Held for approved quotes\s*3 h/,
  );
  await shot(page, "merchant-home-approved");

  await reviewRow(app, second).getByRole("button", { name: "Decline" }).click();
  await confirmModal(app, "Decline quote");
  await toast(page, "Quote declined");
  await app.getByText("Nothing waits for you.").waitFor();
  await expect.poll(() => navLabels(page)).toContain("Quotes");

  // The title bar's primary action.
  await page.locator("#title-actions").getByRole("button", { name: "Buy hours" }).click();
  await app.getByRole("button", { name: "Buy 75 hours" }).waitFor();
}, 240_000); // a new store, a purchase, a connection and two quotes before the merchant's part

test("a bad quote id is a Not found page inside the app's navigation, with a way back", async () => {
  const { page, app } = await openAdmin(
    session,
    DEMO.store,
    "/app/quotes/00000000-0000-4000-8000-000000000000",
  );
  await app.getByRole("heading", { name: "Not found" }).waitFor();
  await app.getByText("This quote does not exist in your store. Open it from Quotes.").waitFor();
  expect(await navLabels(page)).toEqual(expect.arrayContaining(["Packs", "Settings"]));
  await expectAccessible(page, "not found page");
  await shot(page, "merchant-not-found");
  await app.getByRole("link", { name: "Home" }).click();
  await app.getByRole("heading", { name: "To review" }).waitFor();

  const other = await openAdmin(session, DEMO.store, "/app/no-such-page");
  await other.app.getByRole("heading", { name: "Not found" }).waitFor();
  expect(await navLabels(other.page)).toEqual(expect.arrayContaining(["Packs", "Settings"]));
});

test("every merchant page fits a 390 px phone and passes axe", async () => {
  const { page, app } = await openAdmin(session, DEMO.store);
  await page.setViewportSize(PHONE);
  const visit = async (label: string, ready: () => Promise<void>) => {
    await ready();
    await expectNoHorizontalOverflow(page, label);
    await expectAccessible(page, label);
    await shot(page, `merchant-phone-${label.replace(/\W+/g, "-")}`);
  };
  await visit("home", () => app.getByRole("heading", { name: "To review" }).waitFor());
  await navigate(page, "Packs");
  await visit("packs", () => app.getByRole("button", { name: "Buy 75 hours" }).waitFor());
  await page.goto(page.url().replace(/\/app\/packs.*$/, "/app/quotes?status=completed"));
  await visit("quotes", () => app.getByRole("list", { name: "Quotes" }).waitFor());
  await page.goto(page.url().replace(/\/app\/quotes.*$/, "/app/quotes?status=pending"));
  await app.getByRole("link", { name: "Add a wholesale price list" }).click();
  await visit("quote", () => app.getByText("Available now:").waitFor());
  await navigate(page, "Settings");
  await visit("settings", () => app.getByLabel("Connect a developer by email").waitFor());
  await navigate(page, "Home");
  await app.getByRole("link", { name: "View statement" }).last().click();
  await visit("statement", () => app.getByRole("list", { name: "Entries" }).waitFor());
});
