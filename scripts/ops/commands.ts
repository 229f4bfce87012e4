import prisma from "../../app/db.server";
import { inviteDeveloper, issuePasswordReset } from "../../app/services/developers/accounts.server";
import { normalizeEmail } from "../../app/services/developers/crypto.server";

export const USAGE = `usage: npm run ops -- COMMAND
  invite-developer EMAIL [--name NAME] [--admin]   a single-use invite link (7 days): printed, and
                                                   queued to EMAIL when SMTP_URL is set
  reset-password EMAIL                             a single-use password link (24 hours), the same way`;

interface Output {
  log: (line: string) => void;
  error: (line: string) => void;
}

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
}

function emailNote(result: { emailed: boolean; developer: { email: string } }): string {
  return result.emailed
    ? `Queued: it is emailed to ${result.developer.email} when the jobs run (npm run jobs -- --once, or the worker).`
    : "Email is off (SMTP_URL is not set): send the link yourself.";
}

/** Runs one ops command; returns the process exit code. */
export async function runOps(argv: string[], now: Date, out: Output): Promise<number> {
  const [command, email, ...rest] = argv;
  if (command === "invite-developer" && email) {
    const name = option(rest, "--name");
    const result = await inviteDeveloper(
      { email, name, role: rest.includes("--admin") ? "admin" : undefined },
      now,
    );
    if (!result.ok) {
      out.error(result.message);
      return 1;
    }
    out.log(
      `Invite for ${result.developer.email} (${result.developer.role}), valid until ${result.expiresAt.toISOString()}:`,
    );
    out.log(result.link);
    out.log(emailNote(result));
    return 0;
  }
  if (command === "reset-password" && email) {
    const developer = await prisma.developer.findUnique({ where: { email: normalizeEmail(email) } });
    if (!developer) {
      out.error(`No account has the email ${email}. Invite it with invite-developer.`);
      return 1;
    }
    const result = await issuePasswordReset(developer.id, now);
    if (!result.ok) {
      out.error(result.message);
      return 1;
    }
    out.log(`Password link for ${result.developer.email}, valid until ${result.expiresAt.toISOString()}:`);
    out.log(result.link);
    out.log(emailNote(result));
    return 0;
  }
  out.error(USAGE);
  return 2;
}
