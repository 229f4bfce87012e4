import { useFetcher, useLocation } from "@remix-run/react";
import { Banner, BlockStack, Page } from "@shopify/polaris";
import type { ExpiryBanner } from "../services/banner.server";

/** The expiring-hours banners on every page; closing one hides it until its next threshold. */
export function ExpiryBanners({ banners }: { banners: ExpiryBanner[] }) {
  const fetcher = useFetcher();
  const { pathname } = useLocation();
  const closing = fetcher.formData?.get("key");
  const shown = banners.filter((b) => `${b.packId}/${b.threshold}` !== closing);
  if (shown.length === 0) return null;
  return (
    // A page of its own: the banners line up with the content of the page below them.
    <Page>
      <BlockStack gap="200">
        {shown.map((banner) => (
          <Banner
            key={`${banner.packId}/${banner.threshold}`}
            tone={banner.tone}
            title={
              banner.tone === "critical" ? "Hours expired: keep them with a new pack" : "Hours expire soon"
            }
            action={pathname === "/app/packs" ? undefined : { content: "Buy a pack", url: "/app/packs" }}
            onDismiss={() =>
              fetcher.submit(
                {
                  packId: banner.packId,
                  threshold: banner.threshold,
                  key: `${banner.packId}/${banner.threshold}`,
                },
                { method: "post", action: "/app/banner" },
              )
            }
          >
            <p>{banner.message}</p>
          </Banner>
        ))}
      </BlockStack>
    </Page>
  );
}
