// A whole job: the merchant buys hours and asks a developer to connect; the developer accepts and
// quotes; the merchant approves; the developer logs time and completes; the merchant sees the
// actual hours.
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
} from "./support/browser";

const session = browserForFile();

test("a developer quotes, the merchant approves, the developer logs time and completes, and the merchant is charged the actual hours", async () => {
  const store = newStore("flow");
  const title = `Add a store locator ${store}`;
  const { page: admin, app } = await openAdmin(session, store, "/app/packs");
  await app.getByRole("button", { name: "Buy 25 hours" }).click();
  await confirmModal(app, /^Pay \$/);
  await answerCharge(admin, "Approve charge");
  await app.getByText("Hours added").waitFor();

  await navigate(admin, "Settings");
  await app.getByLabel("Connect a developer by email").fill(DEMO.email);
  await app.getByRole("button", { name: "Send request", exact: true }).click();
  await app
    .getByText("If this address belongs to one of our developers, they will get a request to connect.")
    .waitFor();
  await app.getByText("Waiting for the developer").waitFor();
  await shot(admin, "merchant-settings");

  const portal = await loginDeveloper(session);
  await portal.getByRole("button", { name: `Accept ${store}.myshopify.com` }).click();
  await portal.getByText(`You are connected to ${store}.myshopify.com`).waitFor();
  await shot(portal, "developer-request-accepted");
  await portal.getByRole("link", { name: `${store}.myshopify.com` }).click();
  await portal.getByLabel("Title").fill(title);
  await portal.getByLabel("Estimate (hours)").fill("3");
  await portal.getByRole("button", { name: "Send quote to the merchant" }).click();
  await portal.waitForURL(/\/developer\/quotes\/[0-9a-f-]+$/);
  await portal.getByRole("heading", { name: title }).waitFor();
  await shot(portal, "developer-quote-sent");

  await navigate(admin, "Quotes");
  await app.getByRole("link", { name: title }).click();
  await app.getByRole("button", { name: "Approve" }).click();
  await confirmModal(app, "Hold 3 h");
  await app
    .getByText(/approved/i)
    .first()
    .waitFor();
  await shot(admin, "merchant-quote-approved");
  await navigate(admin, "Home");
  await app.getByText("Held for approved quotes").waitFor();
  expect(await app.locator("body").innerText()).toMatch(
    /Available\s*22 h[\s\S]*Held for approved quotes\s*3 h/,
  );

  await portal.reload();
  await portal.getByLabel("Hours", { exact: true }).fill("2.5");
  await portal.getByLabel("Note").fill("Locator page and map");
  await portal.getByRole("button", { name: "Log time" }).click();
  await portal.getByText("Time logged: 2.5 h").waitFor();
  expect(await portal.getByLabel("Actual hours").inputValue()).toBe("2.5");
  await portal.getByRole("button", { name: "Complete and charge" }).click();
  await portal
    .getByRole("dialog")
    .getByText(/Charge 2\.5 h to the store's packs: estimate 3 h, actual 2\.5 h/)
    .waitFor();
  await portal.getByRole("dialog").getByRole("button", { name: "Complete and charge" }).click();
  await portal.getByText(/charged 2\.5 h/).waitFor();
  await shot(portal, "developer-quote-completed");

  await admin.reload();
  await app.getByText("Held for approved quotes").waitFor();
  expect(await app.locator("body").innerText()).toMatch(
    /Available\s*22\.5 h[\s\S]*Held for approved quotes\s*0 h/,
  );
  await app.getByRole("link", { name: "View statement" }).click();
  await app.getByText(`2.5 h charged for quote “${title}”`).waitFor();
  await shot(admin, "merchant-statement");
});
