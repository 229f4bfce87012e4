// The merchant buys hours through the emulated Shopify billing approval page.
import { expect, test } from "vitest";
import {
  answerCharge,
  browserForFile,
  confirmModal,
  navigate,
  newStore,
  openAdmin,
  shot,
} from "./support/browser";

const session = browserForFile();

test("a merchant buys a pack through Shopify's approval page and sees the hours credited", async () => {
  const { page, app } = await openAdmin(session, newStore("buyer"));
  await app.getByText("Buy a support pack to get started").waitFor();
  await shot(page, "merchant-home-empty");

  await navigate(page, "Packs");
  await app.getByRole("button", { name: "Buy 25 hours" }).waitFor();
  expect(await page.locator("#title").textContent()).toBe("Buy a support pack");
  await shot(page, "merchant-packs");
  await app.getByRole("button", { name: "Buy 25 hours" }).click();
  await confirmModal(app, /^Pay \$/);

  await answerCharge(page, "Approve charge");
  await app.getByText("Hours added").waitFor();
  expect(await app.locator("body").innerText()).toContain("25 hours are now in your store's balance.");
  await shot(page, "merchant-purchase-added");

  await app.getByRole("link", { name: "Back to your hours" }).click();
  await app.getByText("Held for approved quotes").waitFor();
  expect(await app.locator("body").innerText()).toMatch(/Available\s*25 h/);
  await shot(page, "merchant-home-after-purchase");
});

test("a declined billing approval credits nothing", async () => {
  const { page, app } = await openAdmin(session, newStore("decliner"), "/app/packs");
  await app.getByRole("button", { name: "Buy 50 hours" }).click();
  await confirmModal(app, /^Pay \$/);

  await answerCharge(page, "Decline");
  await app.getByText("Purchase declined").waitFor();
  expect(await app.locator("body").innerText()).toContain("no hours were added");
  await shot(page, "merchant-purchase-declined");

  await navigate(page, "Home");
  await app.getByText("Buy a support pack to get started").waitFor();
});
