import { Card } from "@shopify/polaris";
import type { ReactNode } from "react";
import type { PageLinks } from "../lib/pages";
import { ListPagination } from "./ListPagination";

/** A list that fills its card edge to edge, with Previous and Next below it. */
export function PagedCard({ links, children }: { links: PageLinks; children: ReactNode }) {
  return (
    <Card padding="0">
      {children}
      <ListPagination links={links} />
    </Card>
  );
}
