import { describe, expect, test } from "vitest";
import { handleDataRequest } from "~/entry.server";
import { PORTAL_SECURITY_HEADERS, addSecurityHeaders, isPortalPath } from "~/portal/headers.server";
import { clientIp } from "~/portal/client-ip.server";
import { readCookie } from "~/portal/cookies.server";
import { safeNext } from "~/portal/auth.server";
import { addDocumentResponseHeaders } from "~/shopify.server";

describe("security headers", () => {
  test("portal pages forbid framing even when the URL carries a shop parameter", () => {
    const request = new Request("https://app.example/developer/login?shop=evil.myshopify.com");
    const headers = new Headers();
    addDocumentResponseHeaders(request, headers);
    expect(headers.get("Content-Security-Policy")).toContain("admin.shopify.com");
    addSecurityHeaders(request, headers);
    expect(headers.get("Content-Security-Policy")).toMatch(/^frame-ancestors 'none'/);
    expect(headers.get("X-Frame-Options")).toBe("DENY");
    expect(headers.get("Referrer-Policy")).toBe("no-referrer");
    expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(headers.get("Cache-Control")).toBe("no-store");
  });

  test("embedded app pages keep Shopify's framing rules and add nosniff and a referrer policy", () => {
    const request = new Request("https://app.example/app?shop=a.myshopify.com&id_token=t");
    const headers = new Headers();
    addDocumentResponseHeaders(request, headers);
    addSecurityHeaders(request, headers);
    expect(headers.get("Content-Security-Policy")).toContain("https://a.myshopify.com");
    expect(headers.get("X-Frame-Options")).toBeNull();
    expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(headers.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(isPortalPath("/developers")).toBe(false);
    expect(isPortalPath("/developer")).toBe(true);
  });

  test("single-fetch data answers get the same headers as the pages they belong to", async () => {
    const portal = await handleDataRequest(Response.json({ invoices: [] }), {
      request: new Request("https://app.example/developer.data"),
      params: {},
      context: {},
    });
    for (const [name, value] of Object.entries(PORTAL_SECURITY_HEADERS))
      expect(portal.headers.get(name)).toBe(value);
    const nested = await handleDataRequest(new Response("x"), {
      request: new Request("https://app.example/developer/quotes/1.data"),
      params: {},
      context: {},
    });
    expect(nested.headers.get("Cache-Control")).toBe("no-store");
    const embedded = await handleDataRequest(new Response("x"), {
      request: new Request("https://app.example/app/packs.data"),
      params: {},
      context: {},
    });
    expect(embedded.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(embedded.headers.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(embedded.headers.get("Cache-Control")).toBeNull();
  });
});

describe("portal request helpers", () => {
  test("after login only portal paths are followed, never another site", () => {
    expect(safeNext("/developer/quotes/1")).toBe("/developer/quotes/1");
    expect(safeNext("/developer?x=1")).toBe("/developer?x=1");
    expect(safeNext("https://evil.example")).toBe("/developer");
    expect(safeNext("//evil.example/developer")).toBe("/developer");
    expect(safeNext("/developer//evil.example")).toBe("/developer");
    expect(safeNext("/developer/\\evil.example")).toBe("/developer");
    expect(safeNext("/app")).toBe("/developer");
    expect(safeNext(null)).toBe("/developer");
  });

  test("without trusted proxies the client IP is the connection's address, whatever the headers say", () => {
    const request = new Request("https://app.example/", { headers: { "X-Forwarded-For": "10.0.0.1" } });
    expect(clientIp(request, { clientAddress: "203.0.113.5" }, 0)).toBe("203.0.113.5");
    expect(clientIp(request, { clientAddress: "::ffff:203.0.113.5" }, 0)).toBe("203.0.113.5");
    expect(clientIp(request, { clientAddress: "2001:db8::1" }, 0)).toBe("2001:db8::1");
    expect(clientIp(request, {}, 0)).toBe("unknown");
  });

  test("with N trusted proxies the client IP is the N-th X-Forwarded-For entry from the right", () => {
    // The client wrote the first two entries; the CDN appended 198.51.100.7, the load balancer
    // (the connection's other end) appended the CDN's address.
    const request = new Request("https://app.example/", {
      headers: { "X-Forwarded-For": "1.1.1.1, 2.2.2.2, 198.51.100.7, 192.0.2.10" },
    });
    const context = { clientAddress: "10.0.0.2" };
    expect(clientIp(request, context, 1)).toBe("192.0.2.10");
    expect(clientIp(request, context, 2)).toBe("198.51.100.7");
  });

  test("a request that did not come through the configured proxies falls back to the connection", () => {
    const context = { clientAddress: "10.0.0.2" };
    const short = new Request("https://app.example/", { headers: { "X-Forwarded-For": "198.51.100.7" } });
    expect(clientIp(short, context, 2)).toBe("10.0.0.2");
    expect(clientIp(new Request("https://app.example/"), context, 1)).toBe("10.0.0.2");
    const garbled = new Request("https://app.example/", { headers: { "X-Forwarded-For": "unknown" } });
    expect(clientIp(garbled, context, 1)).toBe("10.0.0.2");
  });

  test("cookies are read by exact name", () => {
    const request = new Request("https://app.example/", {
      headers: { Cookie: "a=1; __Host-sp_session=tok; b" },
    });
    expect(readCookie(request, "__Host-sp_session")).toBe("tok");
    expect(readCookie(request, "sp_session")).toBeNull();
  });
});
