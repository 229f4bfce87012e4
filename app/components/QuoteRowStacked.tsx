import { BlockStack, InlineStack, Link, Text } from "@shopify/polaris";
import type { ReactNode } from "react";

/** One quote as a phone's stacked row: its title (a link), what it is, and its hours. */
export function QuoteRowStacked(props: {
  url: string;
  title: string;
  /** Status, dates and who: a line under the title. */
  about: ReactNode;
  estimate: string;
  charged: string;
}) {
  return (
    <BlockStack gap="100">
      <Link url={props.url} removeUnderline>
        {props.title}
      </Link>
      {props.about}
      <InlineStack gap="400">
        <Text as="span">Estimate {props.estimate}</Text>
        <Text as="span">Charged {props.charged}</Text>
      </InlineStack>
    </BlockStack>
  );
}
