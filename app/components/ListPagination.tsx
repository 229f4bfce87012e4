import { useSearchParams } from "@remix-run/react";
import { Box, InlineStack, Pagination } from "@shopify/polaris";
import { pageHref, type PageLinks } from "../lib/pages";

/** Previous and Next below a list; the links keep the page's filters (status tabs) in the URL. */
export function ListPagination({ links, label }: { links: PageLinks; label?: string }) {
  const [params] = useSearchParams();
  if (!links.next && !links.previous) return null;
  return (
    <Box padding="300" borderBlockStartWidth="025" borderColor="border">
      <InlineStack align="center">
        <Pagination
          hasPrevious={links.previous !== null}
          previousURL={links.previous ? pageHref(params, links.previous) : undefined}
          hasNext={links.next !== null}
          nextURL={links.next ? pageHref(params, links.next) : undefined}
          {...(label ? { label } : {})}
          accessibilityLabels={{ previous: "Previous page", next: "Next page" }}
        />
      </InlineStack>
    </Box>
  );
}
