import { unauthenticated } from "../shopify.server";
import type { AdminGraphql } from "./shops.server";

/** How an installed shop's Admin API is reached; tests and jobs may pass their own. */
export type AdminFor = (shopDomain: string) => Promise<AdminGraphql>;

/** The Admin API through the shop's stored offline session (no request needed). */
export const offlineAdmin: AdminFor = async (shop) => (await unauthenticated.admin(shop)).admin.graphql;
