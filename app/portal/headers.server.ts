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

/**
 * Security headers of the embedded app's pages, beside the frame-ancestors CSP that Shopify's
 * library sets (they must stay frameable by Shopify admin).
 */
export const EMBEDDED_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  // Embedded URLs carry the session token (id_token) and the shop: other sites get the origin only.
  "Referrer-Policy": "strict-origin-when-cross-origin",
};

/** True for paths served by the developer portal, their single-fetch data (`.data`) included. */
export function isPortalPath(pathname: string): boolean {
  const path = pathname.replace(/\.data$/, "");
  return path === "/developer" || path.startsWith("/developer/");
}

/**
 * Sets the security headers of a document or single-fetch answer: on portal paths the portal's,
 * replacing any that the embedded app's defaults set (a `?shop=` parameter must not open the
 * portal to framing); elsewhere the embedded app's.
 */
export function addSecurityHeaders(request: Request, headers: Headers): void {
  if (!isPortalPath(new URL(request.url).pathname)) {
    for (const [name, value] of Object.entries(EMBEDDED_SECURITY_HEADERS)) headers.set(name, value);
    return;
  }
  for (const [name, value] of Object.entries(PORTAL_SECURITY_HEADERS)) headers.set(name, value);
  headers.delete("Link");
}
