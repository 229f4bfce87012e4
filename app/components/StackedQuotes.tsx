import { BlockStack, InlineStack, Link, Text } from "@shopify/polaris";
import type { ReactNode } from "react";
import { StackedRows } from "./StackedRows";

interface StackedQuote {
  id: string;
  url: string;
  title: string;
  /** Status, dates and who: a line under the title. */
  about: ReactNode;
  estimate: string;
  charged: string;
}

/** Quotes as a phone's stacked rows: each one's title (a link), what it is, and its hours. */
export function StackedQuotes({ quotes }: { quotes: StackedQuote[] }) {
  return (
    <StackedRows
      label="Quotes"
      items={quotes}
      row={(quote) => (
        <BlockStack gap="100">
          <Link url={quote.url} removeUnderline>
            {quote.title}
          </Link>
          {quote.about}
          <InlineStack gap="400">
            <Text as="span">Estimate {quote.estimate}</Text>
            <Text as="span">Charged {quote.charged}</Text>
          </InlineStack>
        </BlockStack>
      )}
    />
  );
}
