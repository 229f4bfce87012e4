// An SMTP server in this process that keeps every message it receives: the tests' and the
// preview's mailbox (smtp-server receives, mailparser reads). Local only, no TLS, any login.
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** A message as the catcher received it. */
export interface CaughtEmail {
  id: number;
  receivedAt: Date;
  /** The envelope: who the server was told it is from and to. */
  envelope: { from: string; to: string[] };
  subject: string;
  html: string;
  text: string;
  /** Header lines as sent, in order (name lower-cased). */
  headers: [string, string][];
}

export interface SmtpCatcher {
  /** smtp://user:pass@127.0.0.1:PORT (credentials accepted, and shown never to be logged). */
  url: string;
  messages: CaughtEmail[];
  /** While on, every message is refused with a temporary error (451), as a server in trouble. */
  setFailing(failing: boolean): void;
  /** Resolves once `count` messages have arrived (rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<CaughtEmail[]>;
  close(): Promise<void>;
}

export async function startSmtpCatcher(
  options: { port?: number; keep?: boolean } = {},
): Promise<SmtpCatcher> {
  const keep = options.keep ?? true;
  const messages: CaughtEmail[] = [];
  let failing = false;
  let received = 0;
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    banner: "Support Packs local mailbox",
    onAuth: (_auth, _session, done) => done(null, { user: "local" }),
    onData(stream, session, done) {
      if (failing) {
        stream.resume();
        stream.on("end", () =>
          done(Object.assign(new Error("Mailbox unavailable, try again later"), { responseCode: 451 })),
        );
        return;
      }
      const envelope = {
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
        to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
      };
      const finish = (email: CaughtEmail | null) => {
        received += 1;
        if (email) messages.push(email);
        for (const wake of waiters) wake();
        done();
      };
      if (!keep) {
        stream.resume();
        stream.on("end", () => finish(null));
        return;
      }
      simpleParser(stream)
        .then((parsed) =>
          finish({
            id: received + 1,
            receivedAt: new Date(),
            envelope,
            subject: parsed.subject ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            text: parsed.text ?? "",
            headers: parsed.headerLines.map((line) => [
              line.key,
              line.line.slice(line.key.length + 1).trim(),
            ]),
          }),
        )
        .catch((error: Error) => done(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://catcher:catcher-password@127.0.0.1:${port}`,
    messages,
    setFailing: (value) => (failing = value),
    waitFor(count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (received < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(messages);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`Only ${received} of ${count} messages arrived within ${timeoutMs} ms.`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
