// What the preview's emulated Shopify and demo data are made of. Local only: nothing here is a
// real credential; the API secret is random per run.
import { randomBytes } from "node:crypto";

export interface PreviewConfig {
  /** The app, as Shopify would frame it: http://localhost:PORT. */
  appUrl: string;
  /** The emulated Shopify: admin pages, billing approval, CDN stand-ins, the clock control. */
  shopifyUrl: string;
  apiKey: string;
  apiSecret: string;
}

export function previewConfig(appPort: number, shopifyPort: number): PreviewConfig {
  return {
    appUrl: `http://localhost:${appPort}`,
    shopifyUrl: `http://localhost:${shopifyPort}`,
    apiKey: "support-packs-preview",
    apiSecret: randomBytes(24).toString("hex"),
  };
}

/** The demo store, seeded with packs in every state (scripts/preview/seed.ts). */
export const DEMO_STORE = "demo-store";
export const DEMO_TIMEZONE = "America/New_York";
/** The demo store owner's email (Shopify's shop.email): where the merchant's emails go. */
export const DEMO_MERCHANT_EMAIL = "merchant@demo-store.example";

/** Demo credentials for the developer portal, printed at startup. */
export const DEMO_PASSWORD = "preview-password";
export const DEMO_DEVELOPER = { email: "dana@example.com", name: "Dana Developer" };
export const DEMO_ADMIN = { email: "admin@example.com", name: "Ada Admin" };

/** A store's *.myshopify.com domain from its handle ("demo-store"). */
export function shopDomain(store: string): string {
  return `${store}.myshopify.com`;
}

/** A store handle as admin.shopify.com/store/{handle} uses it; null when malformed. */
export function storeHandle(value: string): string | null {
  return /^[a-z0-9][a-z0-9-]{0,59}$/.test(value) ? value : null;
}
