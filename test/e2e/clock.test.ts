// The preview clock moves the whole product in time: expiry warnings, the retention window,
// and a renewal inside it carrying the unused hours over.
import { addDays, addMonths, startOfDay } from "date-fns";
import { tz } from "@date-fns/tz";
import { afterEach, expect, test } from "vitest";
import {
  answerCharge,
  browserForFile,
  confirmModal,
  newStore,
  openAdmin,
  setClock,
  shot,
} from "./support/browser";

const session = browserForFile();

afterEach(async () => {
  await setClock({ reset: true });
});

test("with the clock moved, the expiring banner shows and a purchase inside the window carries the hours over", async () => {
  const { now } = await setClock({ reset: true });
  const store = newStore("renewal");
  const first = await openAdmin(session, store, "/app/packs");
  await first.app.getByRole("button", { name: "Buy 25 hours" }).click();
  await confirmModal(first.app, /^Pay \$/);
  await answerCharge(first.page, "Approve charge");
  await first.app.getByText("Hours added").waitFor();
  await first.page.close();

  // New stores are in UTC: the pack expires at the start of the day three months after payment.
  const expiresAt = startOfDay(addMonths(new Date(now), 3, { in: tz("UTC") }), { in: tz("UTC") });

  await setClock({ at: addDays(expiresAt, -10).toISOString() });
  const warned = await openAdmin(session, store);
  await warned.app.getByText("Hours expire soon").waitFor();
  expect(await warned.app.locator("body").innerText()).toContain("25 h expire on");
  await shot(warned.page, "merchant-home-expiring");
  await warned.page.close();

  await setClock({ at: addDays(expiresAt, 1).toISOString() });
  const { page, app } = await openAdmin(session, store);
  await app.getByText("Hours expired: keep them with a new pack").waitFor();
  await shot(page, "merchant-home-retention-window");
  await app.getByRole("link", { name: "Buy hours" }).first().click();
  await app.getByRole("button", { name: "Buy 50 hours" }).click();
  await confirmModal(app, /^Pay \$/);
  await answerCharge(page, "Approve charge");
  await app.getByText("Hours added").waitFor();
  await app.getByText(/Plus 25 h carried in from your previous pack, usable until/).waitFor();

  await app.getByRole("link", { name: "Back to your hours" }).click();
  await app.getByText("Held for approved quotes").waitFor();
  const home = await app.locator("body").innerText();
  expect(home).toMatch(/Available\s*75 h/);
  expect(home).not.toContain("Hours expired: keep them with a new pack");
  await shot(page, "merchant-home-carried-over");
  await app.getByRole("link", { name: "View statement" }).first().click();
  await app.getByText(/25 h carried in from the/).waitFor();
  await shot(page, "merchant-statement-carry-in");
});
