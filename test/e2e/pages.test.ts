// Every main page of the seeded demo, in the emulated admin and the portal: each renders its
// content with no request leaving localhost and no page error; screenshots go to test-results/.
import { expect, test } from "vitest";
import { browserForFile, DEMO, loginDeveloper, navigate, openAdmin, shot } from "./support/browser";

const session = browserForFile();

test("the demo store's pages show packs in every state, quotes in every status and the settings", async () => {
  const { page, app } = await openAdmin(session, DEMO.store);
  await page.setViewportSize({ width: 1360, height: 1500 });
  // One compact notice: the most urgent (a window still open) first, the others as lines below it.
  await app.getByText("Hours expired: keep them with a new pack").waitFor();
  await app.getByRole("heading", { name: "To review" }).waitFor();
  const home = await app.locator("body").innerText();
  for (const state of ["Active", "Expired", "Closed"]) expect(home).toContain(state);
  await shot(page, "demo-merchant-home");

  await navigate(page, "Packs");
  await app.getByRole("button", { name: "Buy 75 hours" }).waitFor();
  await shot(page, "demo-merchant-packs");

  await navigate(page, "Quotes");
  await app.getByRole("link", { name: "Add a wholesale price list" }).waitFor();
  await shot(page, "demo-merchant-quotes");
  await app.getByRole("link", { name: "Add a wholesale price list" }).click();
  await app.getByRole("button", { name: "Approve" }).waitFor();
  expect(await page.locator("#title").textContent()).toBe("Quote");
  await shot(page, "demo-merchant-quote");

  await navigate(page, "Settings");
  await app.getByLabel("Connect a developer by email").waitFor();
  await app.getByText("Dana Developer").first().waitFor();
  expect(await app.locator("body").innerText()).toContain("America/New_York");
  await shot(page, "demo-merchant-settings");

  await navigate(page, "Home");
  await app.getByRole("link", { name: "View statement" }).last().click();
  await app.getByText(/Settled: 20 h delivered/).waitFor();
  await shot(page, "demo-merchant-statement-settled");
});

test("the developer portal's pages show the demo developer's clients, quotes, settlements and invoices", async () => {
  const portal = await loginDeveloper(session);
  await portal.getByRole("link", { name: "demo-store.myshopify.com" }).first().waitFor();
  await shot(portal, "demo-developer-clients");
  await portal.getByRole("link", { name: "demo-store.myshopify.com" }).first().click();
  await portal.getByRole("button", { name: "Send quote to the merchant" }).waitFor();
  await shot(portal, "demo-developer-store");

  const pages = [
    { path: "/developer/quotes", text: "Speed up the collection pages", name: "demo-developer-quotes" },
    { path: "/developer/settlements", text: "Settlements", name: "demo-developer-settlements" },
    { path: "/developer/invoices", text: "Invoices", name: "demo-developer-invoices" },
  ];
  for (const { path, text, name } of pages) {
    await portal
      .getByRole("link", { name: path.split("/").pop()!, exact: false })
      .first()
      .click();
    await portal.waitForURL((url) => url.pathname === path);
    await portal.getByText(text).first().waitFor();
    await shot(portal, name);
  }
  await portal.goto(portal.url().replace(/\/developer\/.*$/, "/developer/quotes"));
  await portal.getByRole("link", { name: "Add a size guide to product pages" }).click();
  await portal.getByRole("button", { name: "Log time" }).waitFor();
  await shot(portal, "demo-developer-quote");
});

test("the company console shows developers, invoices and the monthly report", async () => {
  const console = await loginDeveloper(session, "admin@example.com");
  await console.goto(console.url().replace(/\/developer.*$/, "/developer/console"));
  await console.getByText("dana@example.com").first().waitFor();
  await shot(console, "demo-console-developers");
  await console
    .getByRole("link", { name: /invoices/i })
    .last()
    .click();
  await console.waitForURL(/\/developer\/console\/invoices/);
  await shot(console, "demo-console-invoices");
  await console.goto(console.url().replace(/\/invoices.*$/, "/report"));
  await console
    .getByText(/Monthly report/)
    .first()
    .waitFor();
  await shot(console, "demo-console-report");
});
