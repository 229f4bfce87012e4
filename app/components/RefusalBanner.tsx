import { Banner } from "@shopify/polaris";
import type { Refusal } from "../lib/http.server";

/** A refused decision in the page's words; when hours are missing, a way to buy them. */
export function RefusalBanner({ refusal }: { refusal: Refusal }) {
  return (
    <Banner
      tone="warning"
      action={refusal.missingMinutes ? { content: "Buy hours", url: "/app/packs" } : undefined}
    >
      <p>{refusal.message}</p>
    </Banner>
  );
}
