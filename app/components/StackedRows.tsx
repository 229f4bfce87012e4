import { Box } from "@shopify/polaris";
import type { ReactNode } from "react";

/**
 * A list's rows stacked for a phone (smDown): each row's fields wrap inside the screen's width, so
 * nothing hides behind a horizontal scroll or is cut off, which a table's one-line cells cannot do.
 */
export function StackedRows<T extends { id: string }>({
  items,
  label,
  row,
}: {
  items: T[];
  label: string;
  /** One item's fields, as they stack. */
  row: (item: T) => ReactNode;
}) {
  return (
    <ul aria-label={label} style={{ listStyle: "none", margin: 0, padding: 0 }}>
      {items.map((item, index) => (
        <li key={item.id}>
          <Box padding="300" borderBlockStartWidth={index === 0 ? "0" : "025"} borderColor="border-secondary">
            {row(item)}
          </Box>
        </li>
      ))}
    </ul>
  );
}
