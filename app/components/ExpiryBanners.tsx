import { useFetcher, useLocation } from "@remix-run/react";
import { Banner, BlockStack, Text } from "@shopify/polaris";
import type { ExpiryBanner } from "../services/banner.server";
import type { Threshold } from "../ledger";
import { PlainPage } from "./PlainPage";

/** Thresholds worth a banner on every page: a week or less left, or expired and still claimable. */
const URGENT: readonly Threshold[] = ["7", "1", "window"];

/** The banners other pages than Home show: only urgent ones. */
export function urgentOnly(banners: ExpiryBanner[]): ExpiryBanner[] {
  return banners.filter((b) => URGENT.includes(b.threshold));
}

/**
 * The expiring-hours notice: one compact banner, the most urgent first and the others as lines
 * below; closing it hides the first until its next threshold. `inPage`: inside a page's layout
 * (Home); otherwise a page of its own, lined up with the page below it.
 */
export function ExpiryBanners({ banners, inPage = false }: { banners: ExpiryBanner[]; inPage?: boolean }) {
  const fetcher = useFetcher({ key: "expiry-banner" });
  const { pathname } = useLocation();
  const closing = fetcher.formData?.get("key");
  const shown = [...banners]
    .filter((b) => `${b.packId}/${b.threshold}` !== closing)
    .sort((a, b) => URGENT.indexOf(b.threshold) - URGENT.indexOf(a.threshold));
  const [first, ...rest] = shown;
  if (!first) return null;
  const banner = (
    <Banner
      tone={first.tone}
      title={first.tone === "critical" ? "Hours expired: keep them with a new pack" : "Hours expire soon"}
      action={pathname === "/app/packs" ? undefined : { content: "Buy hours", url: "/app/packs" }}
      onDismiss={() =>
        fetcher.submit(
          { packId: first.packId, threshold: first.threshold, key: `${first.packId}/${first.threshold}` },
          { method: "post", action: "/app/banner" },
        )
      }
    >
      <BlockStack gap="100">
        <p>{first.message}</p>
        {rest.map((b) => (
          <Text as="p" key={`${b.packId}/${b.threshold}`} tone="subdued">
            {b.message}
          </Text>
        ))}
      </BlockStack>
    </Banner>
  );
  return inPage ? banner : <PlainPage>{banner}</PlainPage>;
}
