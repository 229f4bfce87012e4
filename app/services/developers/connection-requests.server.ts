import prisma from "../../db.server";
import { connectInTx } from "../connections.server";
import { isUuid } from "../../lib/ids";
import { notYours, type Result } from "../../lib/result";

// The developer's side of stores' connection requests, and the company's view of the ones still
// waiting for an account (docs/decisions/050). A request reaches an account only through its email:
// the developer who logs in with that address is the one who may answer it.

/** A store asking this developer to connect. */
export interface IncomingRequest {
  shopId: string;
  id: string;
  domain: string;
  /** The store's time zone: its dates are written in it. */
  timeZone: string;
  sentAt: Date;
}

/** Requests to this developer's address still waiting for an answer, from installed stores, oldest first. */
export async function listIncomingRequests(developer: { email: string }): Promise<IncomingRequest[]> {
  const rows = await prisma.connectionRequest.findMany({
    where: { email: developer.email, status: "pending", shop: { uninstalledAt: null } },
    select: { shopId: true, id: true, createdAt: true, shop: { select: { domain: true, timezone: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((row) => ({
    shopId: row.shopId,
    id: row.id,
    domain: row.shop.domain,
    timeZone: row.shop.timezone,
    sentAt: row.createdAt,
  }));
}

export type Answer = "accept" | "decline";

/**
 * Accepts (connecting the developer to the store) or declines a request to the developer's own
 * address. Anyone else's request, or one no longer pending, looks like a missing one.
 */
export async function answerRequest(
  developer: { id: string; email: string },
  request: { shopId: string; requestId: string },
  answer: Answer,
  now: Date,
): Promise<Result<{ domain: string }>> {
  const { shopId, requestId } = request;
  // The form names a request by its store and id together.
  if (!isUuid(shopId) || !isUuid(requestId)) return notYours("request", "shopId", "requestId");
  return prisma.$transaction(async (tx) => {
    const answered = await tx.connectionRequest.updateMany({
      where: {
        shopId,
        id: requestId,
        email: developer.email,
        status: "pending",
        shop: { uninstalledAt: null },
      },
      data: {
        status: answer === "accept" ? "accepted" : "declined",
        developerId: developer.id,
        closedAt: now,
      },
    });
    if (answered.count !== 1) return notYours("request", "shopId", "requestId");
    if (answer === "accept") await connectInTx(tx, shopId, developer.id, "merchant", now);
    const shop = await tx.shop.findUniqueOrThrow({ where: { id: shopId }, select: { domain: true } });
    return { ok: true, domain: shop.domain };
  });
}

/** An address stores asked to connect that no set-up account answers yet, for the company console. */
export interface WaitingAddress {
  email: string;
  /** "none": no account has the address; "invited": an account exists but has no password yet. */
  account: "none" | "invited";
  requests: { domain: string; sentAt: Date }[];
}

/** How many pending requests the console reads at most (oldest first). */
const WAITING_LIMIT = 500;

/**
 * Pending requests to addresses without an active, set-up account, grouped by address: the people
 * stores are waiting for, whom the company may invite.
 */
export async function listWaitingAddresses(): Promise<WaitingAddress[]> {
  const rows = await prisma.connectionRequest.findMany({
    where: { status: "pending", shop: { uninstalledAt: null } },
    select: { email: true, createdAt: true, shop: { select: { domain: true } } },
    orderBy: { createdAt: "asc" },
    take: WAITING_LIMIT,
  });
  const emails = [...new Set(rows.map((row) => row.email))];
  const accounts = await prisma.developer.findMany({
    where: { email: { in: emails } },
    select: { email: true, passwordHash: true, status: true },
  });
  const accountOf = new Map(accounts.map((account) => [account.email, account]));
  const waiting = new Map<string, WaitingAddress>();
  for (const row of rows) {
    const account = accountOf.get(row.email);
    // Set-up accounts see their requests on the portal's home; deactivated ones were the company's call.
    if (account && (account.passwordHash !== null || account.status !== "active")) continue;
    const entry = waiting.get(row.email) ?? {
      email: row.email,
      account: account ? ("invited" as const) : ("none" as const),
      requests: [],
    };
    entry.requests.push({ domain: row.shop.domain, sentAt: row.createdAt });
    waiting.set(row.email, entry);
  }
  return [...waiting.values()];
}
