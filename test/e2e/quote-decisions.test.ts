// The demo store's merchant pays a quote outright, approves an overrun and disputes another,
// which the company resolves in its console; the developer sees each in the portal.
import { expect, test } from "vitest";
import {
  answerCharge,
  browserForFile,
  confirmModal,
  DEMO,
  loginDeveloper,
  openAdmin,
  shot,
} from "./support/browser";
import { PHONE, expectNoHorizontalOverflow } from "./support/checks";

const session = browserForFile();

async function openQuote(title: string, tab = "pending") {
  const admin = await openAdmin(session, DEMO.store, `/app/quotes?status=${tab}`);
  await admin.app.getByRole("link", { name: title }).click();
  await admin.app.getByRole("heading", { name: title }).waitFor();
  return admin;
}

async function portalQuote(title: string, email?: string) {
  const portal = await loginDeveloper(session, email);
  await portal.goto(portal.url().replace(/\/developer.*$/, "/developer/quotes"));
  await portal.getByRole("link", { name: title }).click();
  await portal.getByRole("heading", { name: title }).waitFor();
  return portal;
}

test("the merchant pays a pending quote outright through Shopify, and the developer sees it paid", async () => {
  const title = "Set up a French storefront";
  const { page, app } = await openQuote(title);
  await app.getByRole("button", { name: "Approve (hold 3 h of your packs)" }).waitFor();
  await shot(page, "merchant-quote-pay-or-approve");
  await app.getByRole("button", { name: "Pay $285 instead" }).click();
  await confirmModal(app, "Pay $285");
  await answerCharge(page, "Approve charge");
  await app.getByText("Quote paid").waitFor();
  await shot(page, "merchant-quote-paid");
  await app.getByRole("link", { name: "View the quote" }).click();
  await app.getByText("Paid $285 as a custom quote. No hours are drawn from your packs for it.").waitFor();

  const portal = await portalQuote(title);
  await portal.getByText("Paid by the merchant: $285").waitFor();
  expect(await portal.getByRole("button", { name: "Withdraw this quote" }).count()).toBe(0);
  await shot(portal, "developer-custom-quote");
});

test("the merchant approves an overrun and is charged the actual time", async () => {
  const title = "Speed up the collection pages";
  const { page, app } = await openQuote(title);
  await app.getByText("The work took longer than estimated").waitFor();
  expect(await app.locator("body").innerText()).toMatch(/Estimate 4 h · actual 5 h · extra 1 h/);
  await shot(page, "merchant-overrun");
  await app.getByRole("button", { name: "Approve 5 h" }).click();
  await confirmModal(app, "Charge 5 h");
  await app.getByText("Charged: 5 h (the actual time spent)").waitFor();
  await shot(page, "merchant-overrun-approved");
});

test("the merchant disputes an overrun; the company resolves it; both sides see the outcome", async () => {
  const title = "Connect the shipping app";
  const merchant = await openQuote(title);
  await merchant.app.getByRole("button", { name: "Dispute" }).click();
  await merchant.app
    .getByLabel("Why do you dispute the extra time?")
    .fill("The labels were the app's bug, not ours.");
  await merchant.app.getByRole("button", { name: "Send dispute" }).click();
  await confirmModal(merchant.app, "Send dispute");
  await merchant.app.getByText("You disputed the extra time").waitFor();
  await shot(merchant.page, "merchant-dispute-sent");

  const developer = await portalQuote(title);
  await developer.getByText("The merchant disputed the extra time").waitFor();
  await shot(developer, "developer-quote-disputed");

  const console = await loginDeveloper(session, "admin@example.com");
  await console.goto(console.url().replace(/\/developer.*$/, "/developer/console/disputes"));
  const dispute = console.getByRole("region", { name: title });
  await dispute.getByText("The labels were the app's bug, not ours.").waitFor();
  await dispute.getByText(/The carrier's API refused our first labels/).waitFor();
  await shot(console, "console-disputes");
  await dispute.getByLabel("Hours to charge").fill("2.5");
  await dispute
    .getByLabel("Reason (both sides see it)")
    .fill("Half of the extra hour was the carrier's fault.");
  await dispute.getByRole("button", { name: "Resolve" }).click();
  await console
    .getByRole("dialog")
    .getByText(/Charge 2\.5 h to .*'s packs/)
    .waitFor();
  await console.getByRole("dialog").getByRole("button", { name: "Resolve and charge" }).click();
  await console.getByText(`“${title}” resolved: 2.5 h charged.`).waitFor();
  await console.getByRole("region", { name: title }).waitFor({ state: "detached" });
  await shot(console, "console-dispute-resolved");
  // On a phone each resolved dispute is a stacked row: its reason wraps inside the screen.
  await console.setViewportSize(PHONE);
  await console
    .getByRole("list", { name: "Resolved disputes" })
    .getByText("Half of the extra hour was the carrier's fault.")
    .waitFor();
  await expectNoHorizontalOverflow(console, "the console's disputes with a resolved one, at 390 px");

  const resolved = await openQuote(title, "completed");
  await resolved.app
    .getByText("The company resolved your dispute: Half of the extra hour was the carrier's fault.")
    .waitFor();
  expect(await resolved.app.locator("body").innerText()).toContain("Charged: 2.5 h (of the 3 h reported)");
  await shot(resolved.page, "merchant-dispute-resolved");
});
