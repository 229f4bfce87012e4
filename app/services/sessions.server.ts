import prisma from "../db.server";

/** Stores the scopes Shopify now grants on a session (the scopes_update webhook). */
export async function updateSessionScope(sessionId: string, scopes: string[]) {
  await prisma.session.updateMany({ where: { id: sessionId }, data: { scope: scopes.join(",") } });
}
