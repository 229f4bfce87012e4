// Developers, connections and Shopify sessions, for the tests and the preview's demo data.
import prisma from "~/db.server";
import { inviteDeveloper, setPasswordWithToken } from "~/services/developers/accounts.server";

/** A developer who followed an invite and set `password`; returns the row and a session token. */
export async function developerWithPassword(
  input: { email: string; name?: string; role?: "developer" | "admin"; payoutRateCents?: number },
  password: string,
  now: Date,
) {
  const invited = await inviteDeveloper({ email: input.email, name: input.name, role: input.role }, now);
  if (!invited.ok) throw new Error(invited.message);
  const token = invited.link.split("/").pop() ?? "";
  const set = await setPasswordWithToken({ token, password, confirmation: password }, now);
  if (!set.ok) throw new Error(set.message);
  const developer =
    input.payoutRateCents === undefined
      ? invited.developer
      : await prisma.developer.update({
          where: { id: invited.developer.id },
          data: { payoutRateCents: input.payoutRateCents },
        });
  return { developer, sessionToken: set.sessionToken };
}

/** Connects a developer to a shop, as an accepted connection request or an offer purchase does. */
export function connect(
  shopId: string,
  developerId: string,
  options: { source?: "merchant" | "offer"; at?: Date; revokedAt?: Date | null } = {},
) {
  return prisma.shopDeveloper.create({
    data: {
      shopId,
      developerId,
      source: options.source ?? "merchant",
      ...(options.at ? { connectedAt: options.at } : {}),
      revokedAt: options.revokedAt ?? null,
    },
  });
}

/** The offline session an install leaves for `shop` (Shopify's id format: offline_{shop}). */
export function storeOfflineSession(
  shop: string,
  session: { id?: string; accessToken: string; scope?: string; state?: string },
) {
  return prisma.session.create({
    data: {
      id: session.id ?? `offline_${shop}`,
      shop,
      state: session.state ?? "",
      isOnline: false,
      scope: session.scope ?? "",
      accessToken: session.accessToken,
    },
  });
}
