// The preview's Mailbox: every email the app sent to the in-process SMTP catcher, with its HTML,
// its plain text and its headers (docs/decisions/064).
import type express from "express";
import type { CaughtEmail, SmtpCatcher } from "../lib/smtp-catcher";
import { escape, page } from "./pages";

const when = (at: Date) => at.toISOString().slice(0, 19).replace("T", " ");

function listPage(messages: readonly CaughtEmail[]) {
  const rows = [...messages]
    .reverse()
    .map(
      (m) => `<tr><td>${escape(when(m.receivedAt))}</td><td>${escape(m.envelope.to.join(", "))}</td>
      <td><a href="/preview/mailbox/${m.id}">${escape(m.subject || "(no subject)")}</a></td></tr>`,
    )
    .join("");
  const body = messages.length
    ? `<table class="mail"><thead><tr><th>Received (UTC, real time)</th><th>To</th><th>Subject</th></tr></thead><tbody>${rows}</tbody></table>`
    : "<p>No email yet. Move the clock in the admin's top bar: reminders are emailed as hours come due.</p>";
  return page(
    "Mailbox · Support Packs preview",
    `<div class="card wide"><h1>Mailbox (${messages.length})</h1>
    <p>Every email the app sent during this preview. <a href="/preview/mailbox">Refresh</a></p>${body}</div>`,
  );
}

function messagePage(message: CaughtEmail, view: string) {
  const tab = (name: string, label: string) =>
    `<a class="button" href="/preview/mailbox/${message.id}?view=${name}"${view === name ? ' aria-current="page"' : ""}>${label}</a>`;
  const content =
    view === "text"
      ? `<pre class="text">${escape(message.text)}</pre>`
      : view === "headers"
        ? `<table class="mail">${message.headers.map(([k, v]) => `<tr><th>${escape(k)}</th><td>${escape(v)}</td></tr>`).join("")}</table>`
        : `<iframe class="mail" title="The email as HTML" sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="${escape(message.html)}"></iframe>`;
  return page(
    `${message.subject} · Mailbox`,
    `<div class="card wide"><p><a href="/preview/mailbox">← Mailbox</a></p><h1>${escape(message.subject)}</h1>
    <dl><dt>To</dt><dd>${escape(message.envelope.to.join(", "))}</dd><dt>From</dt><dd>${escape(message.envelope.from)}</dd>
    <dt>Received</dt><dd>${escape(when(message.receivedAt))} UTC</dd></dl>
    <nav class="tabs">${tab("html", "HTML")}${tab("text", "Text")}${tab("headers", "Headers")}</nav>${content}</div>`,
  );
}

/** Adds the Mailbox pages to the emulated Shopify's server. */
export function mountMailbox(app: express.Express, catcher: SmtpCatcher, shopifyUrl: string) {
  // Merchant links point at admin.shopify.com: here, at the emulated admin.
  const local = (message: CaughtEmail): CaughtEmail => ({
    ...message,
    html: message.html.replaceAll("https://admin.shopify.com/store/", `${shopifyUrl}/store/`),
    text: message.text.replaceAll("https://admin.shopify.com/store/", `${shopifyUrl}/store/`),
  });
  app.get("/preview/mailbox", (_req, res) => {
    res.set("Cache-Control", "no-store").send(listPage(catcher.messages));
  });
  app.get("/preview/mailbox.json", (_req, res) => {
    res.json(
      catcher.messages.map(({ id, receivedAt, envelope, subject }) => ({
        id,
        receivedAt,
        envelope,
        subject,
      })),
    );
  });
  app.get("/preview/mailbox/:id", (req, res) => {
    const message = catcher.messages.find((m) => m.id === Number(req.params.id));
    if (!message) return void res.status(404).send("No such email in this preview's mailbox.");
    const view = ["text", "headers"].includes(String(req.query.view)) ? String(req.query.view) : "html";
    res.set("Cache-Control", "no-store").send(messagePage(local(message), view));
  });
}
