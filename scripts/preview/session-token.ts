// Session tokens as Shopify admin issues them to an embedded app: HS256 JWTs signed with the
// app's API secret, one minute of life (docs ARCHITECTURE.md "Preview without Shopify").
import { createHmac, randomUUID } from "node:crypto";

const base64url = (value: string | Buffer) => Buffer.from(value).toString("base64url");

/** A signed session token for `shop` (a *.myshopify.com domain), valid for 60 s of real time. */
export function sessionToken(shop: string, apiKey: string, apiSecret: string, userId = "1"): string {
  // Shopify checks tokens against real time, whatever the preview's clock says.
  const issuedAt = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const payload = base64url(
    JSON.stringify({
      iss: `https://${shop}/admin`,
      dest: `https://${shop}`,
      aud: apiKey,
      sub: userId,
      exp: issuedAt + 60,
      nbf: issuedAt - 5,
      iat: issuedAt,
      jti: randomUUID(),
      sid: randomUUID(),
    }),
  );
  const signature = createHmac("sha256", apiSecret).update(`${header}.${payload}`).digest("base64url");
  return `${header}.${payload}.${signature}`;
}

/** The `host` parameter Shopify adds to embedded loads: base64 of admin.shopify.com/store/{store}. */
export function hostParam(store: string): string {
  return Buffer.from(`admin.shopify.com/store/${store}`).toString("base64").replace(/=+$/, "");
}
