// The emulated Shopify, on its own origin (as admin.shopify.com and cdn.shopify.com are):
// the admin page framing the app, the billing approval page, App Bridge and font stand-ins,
// session tokens and the preview clock's control.
import express from "express";
import * as clock from "~/clock.server";
import { browserScript } from "./browser/compile";
import { changeClock, clockChangeFrom, clockState } from "./clock-control";
import { shopDomain, storeHandle, type PreviewConfig } from "./config";
import type { SmtpCatcher } from "../lib/smtp-catcher";
import { mountMailbox } from "./mailbox";
import { adminPage, billingPage, indexPage } from "./pages";
import { hostParam, sessionToken } from "./session-token";
import { decide, findPurchase } from "./shopify-state";
import { purchaseUpdated } from "./webhooks";

const FONT_CSS = `/* Preview stand-in for Shopify's Inter stylesheet: local fonts only, no network. */
@font-face { font-family: "Inter"; font-weight: 100 900; src: local("Inter"), local("Inter Variable"), local("Liberation Sans"), local("DejaVu Sans"); }`;
const PLACEHOLDER_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="226" height="226" viewBox="0 0 226 226">
<rect x="33" y="48" width="160" height="130" rx="12" fill="#e3e3e3"/><rect x="53" y="72" width="120" height="12" rx="6" fill="#c9c9c9"/>
<rect x="53" y="96" width="90" height="12" rx="6" fill="#c9c9c9"/><circle cx="160" cy="150" r="20" fill="#b5b5b5"/></svg>`;

export interface PreviewWorld {
  links: { label: string; href: string; note: string }[];
  mailbox: SmtpCatcher;
  /** Called after every clock move: the time-driven jobs run at once. */
  onClockMoved: () => void;
}

export function shopifyServer(config: PreviewConfig, world: PreviewWorld) {
  const { links } = world;
  const app = express();
  app.disable("x-powered-by");
  mountMailbox(app, world.mailbox, config.shopifyUrl);
  const script = (name: "app-bridge" | "admin") => (_req: express.Request, res: express.Response) => {
    res.type("application/javascript").set("Cache-Control", "no-store").send(browserScript(name));
  };

  app.get("/", (_req, res) => res.send(indexPage(links)));
  app.get("/shopifycloud/app-bridge.js", script("app-bridge"));
  app.get("/preview/admin.js", script("admin"));
  app.get("/static/fonts/inter/v4/styles.css", (_req, res) => res.type("text/css").send(FONT_CSS));
  app.get("/s/files/*", (_req, res) => res.type("image/svg+xml").send(PLACEHOLDER_SVG));

  app.get("/preview/session-token", (req, res) => {
    const store = storeHandle(String(req.query.store ?? ""));
    if (!store) return void res.status(400).send("Give ?store=HANDLE.");
    res.type("text/plain").send(sessionToken(shopDomain(store), config.apiKey, config.apiSecret));
  });

  app.get("/preview/clock", (_req, res) => res.json(clockState()));
  app.post("/preview/clock", express.json(), (req, res) => {
    const change = clockChangeFrom(req.body);
    const error = change
      ? changeClock(change)
      : 'Send {"at": "2024-08-25"}, {"shiftDays": 7} or {"reset": true}.';
    if (error) return void res.status(400).type("text/plain").send(error);
    console.log(`[preview] Clock moved: now ${clock.now().toISOString()}`);
    world.onClockMoved();
    res.json(clockState());
  });

  app.get("/store/:store", (req, res) =>
    res.redirect(`/store/${req.params.store}/apps/${config.apiKey}/app`),
  );
  app.get(["/store/:store/apps/:key", "/store/:store/apps/:key/*"], (req, res) => {
    const store = storeHandle(req.params.store ?? "");
    if (!store || req.params.key !== config.apiKey)
      return void res.status(404).send("No such app in this store: open the links the preview printed.");
    const path = `/${(req.params as Record<string, string>)[0] ?? "app"}`.replace(/^\/$/, "/app");
    const src = new URL(path, config.appUrl);
    for (const [name, value] of Object.entries(req.query)) src.searchParams.set(name, String(value));
    const shop = shopDomain(store);
    src.searchParams.set("embedded", "1");
    src.searchParams.set("shop", shop);
    src.searchParams.set("host", hostParam(store));
    src.searchParams.set("locale", "en");
    src.searchParams.set("timestamp", String(Math.floor(Date.now() / 1000)));
    src.searchParams.set("id_token", sessionToken(shop, config.apiKey, config.apiSecret));
    const basePath = `/store/${store}/apps/${config.apiKey}`;
    res.set("Cache-Control", "no-store");
    res.send(adminPage({ store, basePath, appSrc: src.href, appOrigin: config.appUrl, clock: clockState() }));
  });

  const charge = (req: express.Request) => {
    const store = storeHandle(String(req.params.store));
    const purchase = findPurchase(Number(req.params.id));
    return store && purchase && purchase.shop === shopDomain(store) ? { store, purchase } : null;
  };
  app.get("/store/:store/charges/:id/confirm", (req, res) => {
    const found = charge(req);
    if (!found) return void res.status(404).send("This charge does not exist.");
    res.send(billingPage(found.purchase, found.store));
  });
  app.post("/store/:store/charges/:id/confirm", express.urlencoded({ extended: false }), (req, res) => {
    const found = charge(req);
    if (!found) return void res.status(404).send("This charge does not exist.");
    const wasPending = found.purchase.status === "PENDING";
    const purchase = decide(found.purchase.id, req.body?.decision === "approve" ? "ACTIVE" : "DECLINED");
    if (!purchase) return void res.status(404).send("This charge does not exist.");
    // Shopify tells the app by webhook, on its own schedule, and sends the merchant back.
    if (wasPending)
      void purchaseUpdated(config, purchase).then((status) => {
        if (status !== 200) console.warn(`[preview] app_purchases_one_time/update answered ${status}.`);
      });
    const back = new URL(purchase.returnUrl);
    const target = new URL(`${back.pathname}${back.search}`, config.shopifyUrl);
    target.searchParams.set("charge_id", String(purchase.id));
    res.redirect(303, target.href);
  });
  return app;
}
