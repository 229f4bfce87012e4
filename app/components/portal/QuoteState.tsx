import { Banner, Text } from "@shopify/polaris";
import { hours, money } from "../../lib/format";

interface Props {
  quote: {
    status: string;
    paidWith: string | null;
    priceCents: number | null;
    estimateMinutes: number;
    actualMinutes: number | null;
    chargedMinutes: number | null;
    declineReason: string | null;
    disputeReason: string | null;
    resolutionReason: string | null;
    withdrawnAt: Date | null;
  };
  /** The most a completion charges without the merchant's approval; null when there is no limit. */
  overrunLimitMinutes: number | null;
}

/** Where a quote stands, as its developer needs to know it. */
export function QuoteState({ quote, overrunLimitMinutes }: Props) {
  const actual = quote.actualMinutes === null ? "" : hours(quote.actualMinutes);
  if (quote.withdrawnAt) return <Text as="p">You withdrew this quote.</Text>;
  switch (quote.status) {
    case "approved":
      if (quote.paidWith === "money")
        return (
          <Banner tone="success" title={`Paid by the merchant: ${money(quote.priceCents ?? 0)}`}>
            <p>
              A custom quote: the price is fixed and no hours are drawn from the store&apos;s packs. You are
              paid the quoted {hours(quote.estimateMinutes)} when you complete it, whatever the actual time.
            </p>
          </Banner>
        );
      return overrunLimitMinutes === null ? null : (
        <Text as="p" tone="subdued">
          The store asks to approve anything above {hours(overrunLimitMinutes)}: a completion up to that is
          charged at once.
        </Text>
      );
    case "awaiting_approval":
      return (
        <Banner tone="info" title="Waiting for the merchant to approve the extra time">
          <p>
            You reported {actual}, {hours((quote.actualMinutes ?? 0) - quote.estimateMinutes)} over the
            estimate. Nothing is charged until the merchant approves it or disputes it.
          </p>
        </Banner>
      );
    case "disputed":
      return (
        <Banner tone="warning" title="The merchant disputed the extra time">
          <p>“{quote.disputeReason}” The company reviews your time entries and decides what is charged.</p>
        </Banner>
      );
    case "completed":
      if (quote.paidWith === "money")
        return (
          <Text as="p">
            Custom quote: you are paid the quoted {hours(quote.estimateMinutes)} (actual time {actual}).
          </Text>
        );
      return quote.resolutionReason ? (
        <Banner
          tone="info"
          title={`The company resolved the dispute: ${hours(quote.chargedMinutes ?? 0)} charged`}
        >
          <p>{quote.resolutionReason}</p>
        </Banner>
      ) : null;
    case "declined":
      return quote.declineReason ? (
        <Banner tone="warning" title="The merchant declined">
          <p>{quote.declineReason}</p>
        </Banner>
      ) : null;
    default:
      return null;
  }
}
