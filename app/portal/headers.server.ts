/** Security headers of every portal page (non-embedded: nobody may frame it). */
export const PORTAL_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  // Password links carry their token in the path: never send it to another site.
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-store",
  "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
};

/** True for paths served outside Shopify admin: the developer portal, and email links. */
export function isPortalPath(pathname: string): boolean {
  return pathname === "/developer" || pathname.startsWith("/developer/") || pathname.startsWith("/email/");
}

/**
 * Sets the portal's security headers on a response to a portal path, replacing any that the
 * embedded app's defaults set (a `?shop=` parameter must not open the portal to framing).
 */
export function addPortalHeaders(request: Request, headers: Headers): void {
  if (!isPortalPath(new URL(request.url).pathname)) return;
  for (const [name, value] of Object.entries(PORTAL_SECURITY_HEADERS)) headers.set(name, value);
  headers.delete("Link");
}
