// HTML of the emulated Shopify: the admin page that frames the app, the billing approval page
// and the index. Plain templates: this is a stand-in for Shopify, not part of the app.
import type { EmulatedPurchase } from "./shopify-state";

export const escape = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

const money = (amount: string, currency: string) =>
  `${Number(amount).toLocaleString("en-US", { style: "currency", currency })} ${currency}`;

const STYLE = `
  * { box-sizing: border-box; }
  body { margin: 0; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; background: #f1f1f1; color: #303030; }
  header { height: 56px; background: #1a1a1a; color: #e3e3e3; display: flex; align-items: center; gap: 16px; padding: 0 16px; }
  header .brand { font-weight: 650; color: #fff; } header .store { margin-left: auto; }
  table.mail { width: 100%; border-collapse: collapse; } table.mail td, table.mail th { text-align: left; padding: 6px 8px; border-bottom: 1px solid #e3e3e3; vertical-align: top; }
  .tabs { display: flex; gap: 8px; margin: 12px 0; } pre.text { white-space: pre-wrap; overflow-wrap: anywhere; background: #f7f7f7; padding: 12px; border-radius: 8px; }
  iframe.mail { width: 100%; height: 70vh; border: 1px solid #e3e3e3; border-radius: 8px; background: #fff; }
  .wide { max-width: 960px; }
  .badge { background: #ffd6a4; color: #4f2f00; border-radius: 8px; padding: 2px 8px; font-size: 12px; font-weight: 600; }
  form.clock { display: flex; align-items: center; gap: 6px; } form.clock input { font: inherit; padding: 3px 6px; }
  button, .button { font: inherit; border: 1px solid #8a8a8a; background: #fff; border-radius: 8px; padding: 4px 10px; cursor: pointer; color: #303030; text-decoration: none; }
  button.primary { background: #303030; color: #fff; border-color: #303030; }
  .layout { display: grid; grid-template-columns: 240px 1fr; height: calc(100vh - 56px); }
  nav { background: #ebebeb; padding: 12px 8px; } nav .section { font-size: 12px; color: #616161; padding: 8px 8px 4px; }
  nav a { display: block; padding: 6px 8px; border-radius: 8px; color: #303030; text-decoration: none; }
  nav a:hover { background: #e3e3e3; } nav a.active { background: #fff; font-weight: 600; }
  nav #app-home { font-weight: 600; } nav .nav-item { padding-left: 24px; }
  main { display: flex; flex-direction: column; min-width: 0; }
  .titlebar { height: 52px; display: flex; align-items: center; gap: 8px; padding: 0 20px; font-weight: 650; font-size: 16px; }
  #title-actions { margin-left: auto; display: flex; gap: 8px; font-weight: 400; font-size: 14px; }
  #loading { height: 3px; background: linear-gradient(90deg, #303030 40%, transparent 40%); background-size: 200% 100%; animation: loading 1s linear infinite; }
  @keyframes loading { from { background-position: 100% 0; } to { background-position: -100% 0; } }
  iframe { flex: 1; border: 0; width: 100%; background: #f1f1f1; }
  #toast { position: fixed; bottom: 24px; left: 50%; transform: translateX(-50%); background: #1a1a1a; color: #fff; padding: 10px 16px; border-radius: 8px; }
  .card { max-width: 560px; margin: 48px auto; background: #fff; border-radius: 12px; padding: 24px; box-shadow: 0 1px 2px rgba(0,0,0,.15); }
  .card h1 { font-size: 20px; margin: 0 0 16px; } .card dl { display: grid; grid-template-columns: 140px 1fr; gap: 8px; }
  @media (max-width: 767px) {
    /* As Shopify's admin on a phone: the app gets the screen's whole width, the app's pages sit in a strip above it. */
    header { height: auto; flex-wrap: wrap; padding: 8px 12px; } form.clock { flex-wrap: wrap; }
    .layout { display: block; height: auto; }
    nav { display: flex; gap: 4px; overflow-x: auto; padding: 6px 8px; } nav .section { display: none; }
    #app-nav { display: flex; gap: 4px; } nav a { white-space: nowrap; } nav .nav-item { padding-left: 8px; }
    iframe { display: block; flex: none; height: calc(100vh - 140px); }
  }
  .card dt { color: #616161; } .card dd { margin: 0; font-weight: 600; } .actions { display: flex; gap: 8px; margin-top: 24px; justify-content: flex-end; }`;

export const page = (title: string, body: string, script = "") => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><style>${STYLE}</style></head>
<body>${body}${script ? `<script src="${script}"></script>` : ""}</body></html>`;

function topBar(store: string, clock: { now: Date; offsetDays: number }) {
  const shifted =
    clock.offsetDays === 0 ? "real time" : `${clock.offsetDays > 0 ? "+" : ""}${clock.offsetDays} days`;
  return `<header><span class="brand">Shopify admin</span><span class="badge">Local preview</span>
  <form class="clock" id="clock-form" title="The preview's clock: move it to see expiry and retention windows">
    <span>Clock: <strong id="clock-now">${clock.now.toISOString().slice(0, 16).replace("T", " ")} UTC</strong> (${shifted})</span>
    <input type="date" id="clock-date" aria-label="Move the clock to"><button type="submit">Set</button>
    <button type="button" data-shift-days="1">+1 day</button><button type="button" data-shift-days="7">+7 days</button>
    <button type="button" data-shift-days="30">+30 days</button><button type="button" id="clock-reset">Reset</button>
  </form><a class="button" href="/preview/mailbox" target="_blank" rel="noopener">Mailbox</a>
  <span class="store">${escape(store)}</span></header>`;
}

/** Shopify admin with the app open at `appSrc` (embedded params and a session token included). */
export function adminPage(input: {
  store: string;
  basePath: string;
  appSrc: string;
  appOrigin: string;
  clock: { now: Date; offsetDays: number };
}) {
  const body = `${topBar(input.store, input.clock)}
  <div class="layout"><nav><div class="section">Apps</div>
    <a href="${escape(input.basePath)}/app" id="app-home">Support Packs</a><div id="app-nav"></div></nav>
  <main><div class="titlebar"><span>Support Packs</span><span>›</span><span id="title"></span><span id="title-actions"></span></div>
    <div id="loading" role="progressbar" aria-label="Loading" hidden></div>
    <iframe id="app-frame" title="Support Packs" src="${escape(input.appSrc)}" data-app-origin="${escape(input.appOrigin)}"
      data-store="${escape(input.store)}" data-base-path="${escape(input.basePath)}"></iframe></main></div>
  <div id="toast" role="status" hidden></div>`;
  return page("Support Packs · Shopify (preview)", body, "/preview/admin.js");
}

/** Shopify's approval page for a one-time app charge. */
export function billingPage(purchase: EmulatedPurchase, store: string) {
  const decided = purchase.status !== "PENDING";
  const body = `<header><span class="brand">Shopify admin</span><span class="badge">Local preview</span>
  <span class="store">${escape(store)}</span></header>
  <div class="card"><h1>Approve a one-time charge</h1>
  <p>Support Packs would like to charge your store once.</p>
  <dl><dt>Charge</dt><dd>${escape(purchase.name)}</dd>
    <dt>Amount</dt><dd>${escape(money(purchase.amount, purchase.currencyCode))}</dd>
    <dt>Test charge</dt><dd>${purchase.test ? "Yes: no money moves" : "No"}</dd>
    <dt>Status</dt><dd>${escape(purchase.status)}</dd></dl>
  ${
    decided
      ? `<p>This charge was already ${purchase.status === "ACTIVE" ? "approved" : "declined"}.</p>`
      : `<form method="post" class="actions">
    <button type="submit" name="decision" value="decline">Decline</button>
    <button type="submit" name="decision" value="approve" class="primary">Approve charge</button></form>`
  }</div>`;
  return page("Approve charge · Shopify (preview)", body);
}

/** The preview's start page: where to go. */
export function indexPage(links: { label: string; href: string; note: string }[]) {
  const items = links
    .map((l) => `<dt><a href="${escape(l.href)}">${escape(l.label)}</a></dt><dd>${escape(l.note)}</dd>`)
    .join("");
  return page(
    "Support Packs preview",
    `<div class="card"><h1>Support Packs: local preview</h1><dl>${items}</dl></div>`,
  );
}
