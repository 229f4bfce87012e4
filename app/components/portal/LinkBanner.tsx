import { Banner, BlockStack, InlineStack, Text } from "@shopify/polaris";
import type { ReactNode } from "react";
import { CopyButton } from "./CopyButton";

/** A link just made (an offer, an invite): shown whole, a button to copy it, and a note on its use. */
export function LinkBanner({ title, url, children }: { title: string; url: string; children: ReactNode }) {
  return (
    <Banner tone="success" title={title}>
      <BlockStack gap="200">
        <Text as="p" breakWord>
          {url}
        </Text>
        <InlineStack gap="200" blockAlign="center">
          <CopyButton text={url} />
          <Text as="span" tone="subdued">
            {children}
          </Text>
        </InlineStack>
      </BlockStack>
    </Banner>
  );
}
