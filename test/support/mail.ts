// A real SMTP server in the test process (scripts/lib/smtp-catcher.ts), with SMTP_URL and
// MAIL_FROM pointing at it for this test file, and the queue drained through the worker.
import { afterAll, afterEach, beforeAll } from "vitest";
import type { LogLine } from "~/jobs/types";
import { drainQueue } from "~/jobs/worker.server";
import { closeEmailTransport } from "~/services/email/transport.server";
import { startSmtpCatcher, type CaughtEmail, type SmtpCatcher } from "../../scripts/lib/smtp-catcher";
import { clearQueueAfterEach } from "./jobs";

export const MAIL_FROM = "Support Packs <hello@support-packs.test>";

/** Starts the mailbox for this file; each test starts with an empty mailbox and queue. */
export function startMailbox() {
  const box: { catcher: SmtpCatcher | null; messages: CaughtEmail[] } = { catcher: null, messages: [] };
  beforeAll(async () => {
    box.catcher = await startSmtpCatcher();
    box.messages = box.catcher.messages;
    process.env.SMTP_URL = box.catcher.url;
    process.env.MAIL_FROM = MAIL_FROM;
  });
  clearQueueAfterEach();
  afterEach(() => {
    box.messages.length = 0;
    box.catcher?.setFailing(false);
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    delete process.env.MAIL_FROM;
    closeEmailTransport();
    await box.catcher?.close();
  });
  return box;
}

/** Runs every job due (as `npm run jobs -- --once` does after its time-driven jobs). */
export async function deliver(now = new Date()) {
  const lines: LogLine[] = [];
  const run = await drainQueue({ context: { now: () => now, log: (line) => lines.push(line) } });
  return { ...run, lines };
}

/** A header's value ("list-unsubscribe"), or undefined. */
export function header(email: CaughtEmail, name: string): string | undefined {
  return email.headers.find(([key]) => key === name.toLowerCase())?.[1];
}

/** The URL between < > of the List-Unsubscribe header. */
export function unsubscribeLink(email: CaughtEmail): string {
  const value = header(email, "list-unsubscribe") ?? "";
  return /^<([^>]+)>$/.exec(value)?.[1] ?? "";
}
