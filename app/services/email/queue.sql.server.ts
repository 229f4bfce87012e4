import { addJobs, TASKS } from "../jobs/queue.sql.server";
import type { Sql } from "../../lib/sql.server";
import { emailEnabled } from "./config.server";
import { MESSAGE_KINDS, type MessageKind } from "./kinds";
import type { Recipient } from "./preferences.server";

/** One email to queue: its kind, its recipient, what it is about (its job data). */
export interface EmailSpec {
  kind: MessageKind;
  to: Recipient;
  data: Record<string, unknown>;
  /** What the message is about (a quote id ...): with the kind's preference and the recipient, its job key. */
  about: string;
}

/**
 * Queues emails in the caller's transaction (one job each, keyed: queued again while waiting, it
 * is replaced, not doubled). Nothing is queued while email is off (SMTP_URL unset).
 */
export async function queueEmails(sql: Sql, emails: readonly EmailSpec[]): Promise<number> {
  if (!emailEnabled() || emails.length === 0) return 0;
  await addJobs(
    sql,
    emails.map(({ kind, to, data, about }) => ({
      task: TASKS.email,
      payload: { kind, to, data },
      key: `email:${MESSAGE_KINDS[kind]}:${about}:${to.type}:${to.id}`,
    })),
  );
  return emails.length;
}

/** Every active company admin (invoices and disputes go to each of them). */
export async function companyAdmins(sql: Sql): Promise<Recipient[]> {
  const rows = await sql.query<{ id: string }>(
    `SELECT id::text FROM "Developer" WHERE role = 'admin' AND status = 'active' ORDER BY id`,
  );
  return rows.map((row) => ({ type: "developer", id: row.id }));
}

/**
 * A pending connection request's addressee: the active, set-up account with its email, or a null
 * id when the address has none; undefined when the request is no longer pending.
 */
export async function requestAddressee(sql: Sql, request: { shopId: string; requestId: string }) {
  const [found] = await sql.query<{ developerId: string | null }>(
    `SELECT d.id::text AS "developerId"
       FROM "ConnectionRequest" r
       LEFT JOIN "Developer" d ON d.email = r.email AND d.status = 'active' AND d."passwordHash" IS NOT NULL
      WHERE r."shopId" = $1::uuid AND r.id = $2::uuid AND r.status = 'pending'`,
    [request.shopId, request.requestId],
  );
  return found;
}
