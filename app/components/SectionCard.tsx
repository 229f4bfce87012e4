import { BlockStack, Card, InlineStack, Text, type BlockStackProps } from "@shopify/polaris";
import type { ReactNode } from "react";

interface Props {
  /** The card's h2. */
  title: ReactNode;
  /** What stands at the heading's end (a count, a badge, a button); the row is kept when it is null. */
  aside?: ReactNode;
  gap?: BlockStackProps["gap"];
  children: ReactNode;
}

/** A card of one page section, merchant or portal: an h2 heading over its stacked content. */
export function SectionCard({ title, aside, gap = "300", children }: Props) {
  const heading = (
    <Text as="h2" variant="headingMd">
      {title}
    </Text>
  );
  return (
    <Card>
      <BlockStack gap={gap}>
        {aside === undefined ? (
          heading
        ) : (
          <InlineStack align="space-between" blockAlign="center">
            {heading}
            {aside}
          </InlineStack>
        )}
        {children}
      </BlockStack>
    </Card>
  );
}
