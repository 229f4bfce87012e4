import { useFetcher } from "@remix-run/react";
import { Banner, BlockStack, Box, Button, InlineStack, Text } from "@shopify/polaris";
import { SectionCard } from "./SectionCard";
import type { ReviewItem } from "../services/quotes/review.server";
import { ConfirmButton } from "./ConfirmButton";
import { useNoticeToast } from "../lib/notice";
import { approveOverrunMessage, approveQuoteMessage } from "../lib/confirmations";
import { count, hours } from "../lib/format";

/** A quote waiting, with the date it was received in the store's words ("Nov 29, 2026"). */
type Item = Omit<ReviewItem, "receivedAt"> & { received: string };

interface Props {
  items: Item[];
  /** All quotes waiting (the card lists the oldest few). */
  total: number;
  availableMinutes: number;
}

/** Home's "To review": quotes and overruns waiting for the merchant, decided where they are listed. */
export function ReviewCard({ items, total, availableMinutes }: Props) {
  return (
    <SectionCard
      title="To review"
      aside={
        <Text as="span" tone="subdued">
          {count(total, "quote")} waiting
        </Text>
      }
    >
      {items.length === 0 ? (
        <Text as="p" tone="subdued">
          Nothing waits for you. Developers&apos; new quotes appear here.
        </Text>
      ) : (
        items.map((item) => <ReviewRow key={item.id} item={item} availableMinutes={availableMinutes} />)
      )}
      {total > items.length ? (
        <InlineStack>
          <Button url="/app/quotes?status=pending" variant="plain">
            {`See all ${count(total, "quote")} waiting`}
          </Button>
        </InlineStack>
      ) : null}
    </SectionCard>
  );
}

function ReviewRow({ item, availableMinutes }: { item: Item; availableMinutes: number }) {
  const fetcher = useFetcher<{ ok: true; notice: string } | { ok: false; message: string }>({
    key: `review-${item.id}`,
  });
  useNoticeToast(fetcher.data);
  const busy = fetcher.state !== "idle" ? fetcher.formData?.get("intent") : null;
  const decide = (intent: string) =>
    fetcher.submit({ intent }, { method: "post", action: `/app/quotes/${item.id}` });
  const estimate = hours(item.estimateMinutes);
  const overrun = item.status === "awaiting_approval" && item.actualMinutes !== null;
  return (
    <section aria-label={item.title}>
      <Box paddingBlockStart="200" borderBlockStartWidth="025" borderColor="border">
        <BlockStack gap="200">
          <BlockStack gap="050">
            <InlineStack>
              <Button variant="plain" url={`/app/quotes/${item.id}`}>
                {item.title}
              </Button>
            </InlineStack>
            <Text as="p" tone="subdued">
              {[
                overrun
                  ? `Estimate ${estimate} · actual ${hours(item.actualMinutes ?? 0)}`
                  : `Estimate ${estimate}`,
                item.developerName ?? "A developer",
                `received ${item.received}`,
              ].join(" · ")}
            </Text>
          </BlockStack>
          {fetcher.data && !fetcher.data.ok ? (
            <Banner tone="warning">
              <p>{fetcher.data.message}</p>
            </Banner>
          ) : null}
          {overrun ? (
            <InlineStack gap="200">
              <ConfirmButton
                variant="primary"
                loading={busy === "approve-overrun"}
                title="Approve the extra time?"
                message={approveOverrunMessage(
                  {
                    title: item.title,
                    estimateMinutes: item.estimateMinutes,
                    actualMinutes: item.actualMinutes ?? 0,
                  },
                  availableMinutes,
                )}
                confirmLabel={`Charge ${hours(item.actualMinutes ?? 0)}`}
                onConfirm={() => decide("approve-overrun")}
              >
                Approve overrun
              </ConfirmButton>
              <Button url={`/app/quotes/${item.id}`}>Dispute</Button>
            </InlineStack>
          ) : (
            <InlineStack gap="200">
              <ConfirmButton
                variant="primary"
                loading={busy === "approve"}
                title="Approve this quote?"
                message={approveQuoteMessage(item, availableMinutes)}
                confirmLabel={`Hold ${estimate}`}
                onConfirm={() => decide("approve")}
              >
                Approve
              </ConfirmButton>
              <ConfirmButton
                destructive
                loading={busy === "decline"}
                title="Decline this quote?"
                message={`Decline “${item.title}”. The developer is told; this cannot be undone. No hours are used.`}
                confirmLabel="Decline quote"
                onConfirm={() => decide("decline")}
              >
                Decline
              </ConfirmButton>
            </InlineStack>
          )}
        </BlockStack>
      </Box>
    </section>
  );
}
