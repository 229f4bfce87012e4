import { useRouteLoaderData } from "@remix-run/react";

/** The layout's loader data the portal pages share. */
export interface PortalLayoutData {
  developer: { name: string; email: string; role: string } | null;
  csrf: string | null;
}

/** The hidden CSRF field every portal form must carry (the session's token). */
export function CsrfField({ token }: { token?: string | null }) {
  const layout = useRouteLoaderData<PortalLayoutData>("routes/developer");
  return <input type="hidden" name="_csrf" value={token ?? layout?.csrf ?? ""} />;
}
