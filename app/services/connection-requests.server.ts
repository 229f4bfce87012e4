import { z } from "zod";
import prisma from "../db.server";
import { normalizeEmail } from "./developers/crypto.server";
import { isUuid } from "../lib/ids";
import { fail, type Result } from "../lib/result";
import { queueConnectionRequest } from "./email/triggers.server";
import { inShopTransaction, prismaSql } from "../lib/sql.server";
import { dayOf } from "../lib/format";

// A store asks a developer to connect; the developer answers in the portal (docs/decisions/050).
// Nothing here reads or writes an account: the merchant's answer, its timing and the list it sees
// afterwards are the same whether or not the address has one.

/** The one answer to a new or repeated request, whatever the address. */
export const REQUEST_SENT =
  "If this address belongs to one of our developers, they will get a request to connect.";
/** The most requests a store may have waiting for an answer at once. */
export const MAX_PENDING_REQUESTS = 10;
/** How long after a decline the same store may ask the same address again. */
export const ASK_AGAIN_AFTER_DAYS = 30;
/** The longest email address SMTP carries (RFC 5321: a 256-octet path less its angle brackets). */
export const EMAIL_MAX_LENGTH = 254;

const DAY_MS = 24 * 60 * 60 * 1000;

export type RequestResult = Result<
  { message: string },
  "invalid_input" | "invalid_state" | "conflict" | "not_found"
>;

/** A request as the store that sent it sees it: the address it typed and where it stands. */
export interface ShopRequestView {
  id: string;
  email: string;
  status: "pending" | "declined";
  /** Shop-local days, as people read them ("Sep 1, 2024"). */
  sentOn: string;
  /** For a declined request: the first day the store may ask again. */
  askAgainOn: string | null;
}

const emailSchema = z.email();

/** The address as stored (trimmed, lower-cased), or null when it is not a plausible address. */
export function parseRequestEmail(raw: string): string | null {
  const email = normalizeEmail(raw);
  if (email.length === 0 || email.length > EMAIL_MAX_LENGTH) return null;
  return emailSchema.safeParse(email).success ? email : null;
}

const INVALID_EMAIL = fail(
  "invalid_input",
  `Enter the developer's email address, like dev@example.com (at most ${EMAIL_MAX_LENGTH} characters).`,
  { field: "email" },
);

/**
 * Asks the developer with this address to connect to the store. Creates at most one pending
 * request per store and address; never looks an account up, never creates or changes one.
 */
export async function requestConnection(
  shop: { id: string; timezone: string },
  rawEmail: string,
  at: Date,
): Promise<RequestResult> {
  const email = parseRequestEmail(rawEmail);
  if (!email) return INVALID_EMAIL;
  // The shop's lock serialises its requests: the pending bound holds under concurrent submissions.
  return inShopTransaction(shop.id, async (tx) => {
    // Only a developer the store already sees in its list can be "already connected".
    const connected = await tx.shopDeveloper.count({
      where: { shopId: shop.id, revokedAt: null, developer: { email } },
    });
    if (connected > 0) return { ok: true, message: `${email} is already connected to your store.` };
    const since = new Date(at.getTime() - ASK_AGAIN_AFTER_DAYS * DAY_MS);
    const open = await tx.connectionRequest.findFirst({
      where: {
        shopId: shop.id,
        email,
        OR: [{ status: "pending" }, { status: "declined", closedAt: { gt: since } }],
      },
      orderBy: { createdAt: "desc" },
    });
    if (open?.status === "pending") return { ok: true, message: REQUEST_SENT };
    if (open?.closedAt) {
      const again = new Date(open.closedAt.getTime() + ASK_AGAIN_AFTER_DAYS * DAY_MS);
      return fail(
        "invalid_state",
        `${email} declined your request on ${dayOf(open.closedAt, shop.timezone)}. You can ask again from ${dayOf(again, shop.timezone)}.`,
        { field: "email" },
      );
    }
    const pending = await tx.connectionRequest.count({ where: { shopId: shop.id, status: "pending" } });
    if (pending >= MAX_PENDING_REQUESTS) {
      return fail(
        "conflict",
        `Your store already has ${MAX_PENDING_REQUESTS} requests waiting for an answer, the most it can have. Cancel one you no longer need, then try again.`,
        { field: "email" },
      );
    }
    const created = await tx.connectionRequest.create({ data: { shopId: shop.id, email, createdAt: at } });
    await queueConnectionRequest(prismaSql(tx), { shopId: shop.id, requestId: created.id });
    return { ok: true, message: REQUEST_SENT };
  });
}

/** Withdraws one of the store's pending requests; the developer no longer sees it. */
export async function cancelConnectionRequest(
  shopId: string,
  requestId: string,
  at: Date,
): Promise<RequestResult> {
  if (!isUuid(requestId)) return notPending();
  const cancelled = await prisma.connectionRequest.updateMany({
    where: { shopId, id: requestId, status: "pending" },
    data: { status: "cancelled", closedAt: at },
  });
  return cancelled.count === 1 ? { ok: true, message: "Request cancelled." } : notPending();
}

function notPending() {
  return fail("not_found", "That request is no longer waiting for an answer. Reload the page.", {
    field: "requestId",
  });
}

/**
 * The store's requests still open: pending ones, and declined ones until the store may ask again.
 * Accepted requests show as connected developers instead; cancelled ones are gone.
 */
export async function listShopRequests(
  shop: { id: string; timezone: string },
  at: Date,
): Promise<ShopRequestView[]> {
  const since = new Date(at.getTime() - ASK_AGAIN_AFTER_DAYS * DAY_MS);
  const rows = await prisma.connectionRequest.findMany({
    where: {
      shopId: shop.id,
      OR: [{ status: "pending" }, { status: "declined", closedAt: { gt: since } }],
    },
    select: { id: true, email: true, status: true, createdAt: true, closedAt: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    status: row.status === "declined" ? "declined" : "pending",
    sentOn: dayOf(row.createdAt, shop.timezone),
    askAgainOn: row.closedAt
      ? dayOf(new Date(row.closedAt.getTime() + ASK_AGAIN_AFTER_DAYS * DAY_MS), shop.timezone)
      : null,
  }));
}
