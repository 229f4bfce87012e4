import { notFound } from "../lib/http.server";
import { requireDeveloper } from "../portal/auth.server";
import type { LoaderFunctionArgs } from "@remix-run/node";

// Any other address under /developer: a 404 page inside the portal's navigation (after login).
export const loader = async ({ request }: LoaderFunctionArgs) => {
  await requireDeveloper(request);
  throw notFound("There is no such page in the portal. Check the address, or choose a page on the left.");
};

export default function NoPage() {
  return null;
}
