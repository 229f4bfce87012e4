import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { requireAdmin } from "../portal/auth.server";

// Child loaders run in parallel with this one: each of them checks the admin role itself too.
// The console's pages are entries of the portal's navigation (developer.tsx), shown to admins.
export const loader = async ({ request }: LoaderFunctionArgs) => {
  await requireAdmin(request);
  return null;
};

export default function Console() {
  return <Outlet />;
}
