import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { line, parse } from "../lib/forms";
import { badRequest } from "../lib/http.server";
import { fail } from "../lib/result";
import { authenticate } from "../shopify.server";
import { checkShopifyParams } from "../merchant/auth.server";

// Shopify's own parameters are checked by the library; the exit-iframe destination is a path or
// URL (bounded) that the library then limits to the app and Shopify admin.
const AuthQuery = z.object({ exitIframe: line(2000).optional() });

export const loader = async ({ request }: LoaderFunctionArgs) => {
  checkShopifyParams(request);
  const query = parse(AuthQuery, new URL(request.url).searchParams);
  if (!query.ok) throw badRequest(query);
  try {
    await authenticate.admin(request);
  } catch (error) {
    // The library refuses an exit-iframe destination outside the app and Shopify admin by throwing
    // an Error (a 500); it is a bad link, not a fault. Its answers (redirects, pages) are Responses.
    if (error instanceof Error && new URL(request.url).pathname === "/auth/exit-iframe")
      throw badRequest(
        fail("invalid_input", "exitIframe must be a page of this app or of Shopify admin.", {
          field: "exitIframe",
        }),
      );
    throw error;
  }
  return null;
};
