import type { AddressInfo } from "node:net";
import express from "express";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startSmtpCatcher, type SmtpCatcher } from "../../scripts/lib/smtp-catcher";
import { mountMailbox } from "../../scripts/preview/mailbox";

let catcher: SmtpCatcher;
let base: string;
let close: () => void;

beforeAll(async () => {
  catcher = await startSmtpCatcher();
  const app = express();
  mountMailbox(app, catcher, "http://localhost:8081");
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(async () => {
  close();
  await catcher.close();
});

describe("the preview's Mailbox", () => {
  test("lists every email received, and shows each as HTML, text and headers", async () => {
    const transport = nodemailer.createTransport(catcher.url);
    await transport.sendMail({
      from: "support@preview.test",
      to: "merchant@demo-store.example",
      subject: "2 h of support expire on Aug 31, 2024",
      html: '<p>See <a href="https://admin.shopify.com/store/demo-store/apps/key/app/packs/1">the pack</a> & more</p>',
      text: "See the pack: https://admin.shopify.com/store/demo-store/apps/key/app/packs/1",
      headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    });
    transport.close();
    const list = await (await fetch(`${base}/preview/mailbox`)).text();
    expect(list).toContain("Mailbox (1)");
    expect(list).toContain('<a href="/preview/mailbox/1">2 h of support expire on Aug 31, 2024</a>');
    const html = await (await fetch(`${base}/preview/mailbox/1`)).text();
    // The HTML is shown sandboxed, escaped into srcdoc, with admin links pointing at the emulated admin.
    expect(html).toContain(
      'sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="&lt;p&gt;See &lt;a href=&quot;http://localhost:8081/store/demo-store/',
    );
    const text = await (await fetch(`${base}/preview/mailbox/1?view=text`)).text();
    expect(text).toContain("See the pack: http://localhost:8081/store/demo-store/apps/key/app/packs/1");
    const headers = await (await fetch(`${base}/preview/mailbox/1?view=headers`)).text();
    expect(headers).toContain("<th>list-unsubscribe-post</th><td>List-Unsubscribe=One-Click</td>");
    expect((await fetch(`${base}/preview/mailbox/99`)).status).toBe(404);
  });
});
