// Chromium (Debian's, driven by playwright-core) against the preview, with helpers for the
// emulated admin, the developer portal, the preview clock and screenshots.
import { mkdirSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type FrameLocator, type Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject } from "vitest";

export const appUrl = inject("appUrl");
export const shopifyUrl = inject("shopifyUrl");
export const apiKey = inject("apiKey");
export const DEMO = { store: "demo-store", email: "dana@example.com", password: "preview-password" };

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Session {
  browser: Browser;
  context: BrowserContext;
  /** Requests to anything but localhost: the preview must never need the internet. */
  offline: string[];
  /** Uncaught page errors. */
  errors: string[];
}

/** One browser for a test file, closed after it; every test opens its own pages. */
export function browserForFile(): Session {
  const session = { offline: [], errors: [] } as unknown as Session;
  beforeAll(async () => {
    session.browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      args: ARGS,
    });
    // Headless Chrome calls itself HeadlessChrome, which Shopify's library answers as a bot (410).
    const userAgent = `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${session.browser.version()} Safari/537.36`;
    session.context = await session.browser.newContext({ viewport: { width: 1360, height: 900 }, userAgent });
    session.context.on("request", (request) => {
      if (!["localhost", "127.0.0.1"].includes(new URL(request.url()).hostname))
        session.offline.push(request.url());
    });
    session.context.on("page", (page) => page.on("pageerror", (error) => session.errors.push(error.message)));
  });
  afterAll(async () => {
    await session.browser?.close();
    expect(session.offline, "requests that left localhost").toEqual([]);
    expect(session.errors, "uncaught errors in pages").toEqual([]);
  });
  return session;
}

/** A store handle no other test uses: its first visit installs the app. */
export function newStore(name: string): string {
  return `${name}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Opens the app inside the emulated Shopify admin of `store` at `path` (e.g. "/app/packs"). */
export async function openAdmin(session: Session, store: string, path = "/app") {
  const page = await session.context.newPage();
  await page.goto(`${shopifyUrl}/store/${store}/apps/${apiKey}${path}`);
  return { page, app: page.frameLocator("#app-frame") };
}

/** Chooses an entry of the admin's app navigation (as a merchant clicks it); "Home" is the app's name. */
export async function navigate(page: Page, label: string) {
  const link =
    label === "Home"
      ? page.locator("#app-home")
      : // A label may carry a count ("Quotes (3)": quotes waiting for the merchant).
        page.locator("#app-nav").getByRole("link", { name: new RegExp(`^${label}( \\(\\d+\\))?$`) });
  await link.click();
}

/** Logs a demo account (the developer by default) into the portal in a new page. */
export async function loginDeveloper(session: Session, email = DEMO.email) {
  await session.context.clearCookies(); // one portal account per browser at a time
  const page = await session.context.newPage();
  await page.goto(`${appUrl}/developer/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO.password);
  await page.getByRole("button", { name: /log in/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/developer/login"));
  return page;
}

/** Approves or declines the charge on the emulated approval page, and waits to be back in the app. */
export async function answerCharge(page: Page, decision: "Approve charge" | "Decline") {
  await page.waitForURL(/\/charges\/\d+\/confirm$/);
  await shot(page, `billing-approval-${decision === "Decline" ? "decline" : "approve"}`);
  await page.getByRole("button", { name: decision }).click();
  await page.waitForURL(/\/app\/purchases\/[^?]+/);
}

/** Confirms the modal an action opened ("Hold 3 h"), as the merchant reads it first. */
export async function confirmModal(app: FrameLocator, confirmLabel: string | RegExp) {
  const dialog = app.getByRole("dialog");
  await dialog.waitFor();
  await dialog.getByRole("button", { name: confirmLabel }).click();
  await dialog.waitFor({ state: "detached" });
}

/** Moves the preview's clock: {at: "2025-03-01"}, {shiftDays: 7} or {reset: true}. */
export async function setClock(change: Record<string, string | number | boolean>) {
  const response = await fetch(`${shopifyUrl}/preview/clock`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(change),
  });
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as { now: string; offsetDays: number };
}

/** Saves a full-page screenshot to test-results/<name>.png. */
export async function shot(page: Page, name: string) {
  mkdirSync("test-results", { recursive: true });
  await page.screenshot({ path: `test-results/${name}.png`, fullPage: true });
}

export type App = FrameLocator;
