import nodemailer, { type Transporter } from "nodemailer";
import { env } from "../../env.server";

/** One message as the SMTP server receives it. */
export interface OutgoingEmail {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
}

declare global {
  // One pooled connection set per SMTP_URL and process.
  var supportPacksMailer: { url: string; transport: Transporter } | undefined;
}

/** Connections kept open to the SMTP server (one per concurrently running email job). */
const MAX_CONNECTIONS = 4;

function transport(): Transporter {
  const url = env.SMTP_URL;
  if (!url) throw new Error("Email is off: SMTP_URL is not set. Set it, then retry the failed jobs.");
  if (globalThis.supportPacksMailer?.url !== url) {
    globalThis.supportPacksMailer?.transport.close();
    globalThis.supportPacksMailer = {
      url,
      transport: nodemailer.createTransport({ url, pool: true, maxConnections: MAX_CONNECTIONS }),
    };
  }
  return globalThis.supportPacksMailer.transport;
}

/** Sends one message from MAIL_FROM; throws when the server refuses it or cannot be reached. */
export async function sendEmail(email: OutgoingEmail): Promise<void> {
  await transport().sendMail({ from: env.MAIL_FROM, ...email });
}

/** Closes the SMTP connections (scripts and tests). */
export function closeEmailTransport(): void {
  globalThis.supportPacksMailer?.transport.close();
  globalThis.supportPacksMailer = undefined;
}
