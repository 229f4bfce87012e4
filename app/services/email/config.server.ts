import { env } from "../../env.server";

declare global {
  // Said once per process, across dev-server reloads.
  var supportPacksEmailLogged: boolean | undefined;
}

/** Whether this process sends email: SMTP_URL is set. Unset, nothing is queued or sent. */
export function emailEnabled(): boolean {
  return Boolean(env.SMTP_URL);
}

/** The SMTP URL as it may be shown: the password (and any query, which may hold one) removed. */
export function redactedSmtpUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  parsed.search = "";
  return parsed.toString().replace(/\/$/, "");
}

/** One line at startup saying whether email is on, and through which server (never a password). */
export function logEmailSetting(write: (line: string) => void = console.log): void {
  if (globalThis.supportPacksEmailLogged) return;
  globalThis.supportPacksEmailLogged = true;
  const line = env.SMTP_URL
    ? { level: "info", email: "on", smtp: redactedSmtpUrl(env.SMTP_URL), from: env.MAIL_FROM }
    : {
        level: "info",
        email: "off",
        message:
          "SMTP_URL is not set: no email is queued or sent. Invite and reset links are still shown to the admin who issues them.",
      };
  write(JSON.stringify(line));
}
