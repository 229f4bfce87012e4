import { IndexTable, Text } from "@shopify/polaris";

/** A table cell holding hours or a balance: aligned to the end, in figures of one width. */
export function NumericCell({ children }: { children: string }) {
  return (
    <IndexTable.Cell>
      <Text as="span" alignment="end" numeric>
        {children}
      </Text>
    </IndexTable.Cell>
  );
}
