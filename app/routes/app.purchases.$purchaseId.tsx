import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { TitleBar } from "@shopify/app-bridge-react";
import { Banner, BlockStack, Button, Card, InlineStack, Text } from "@shopify/polaris";
import { PlainPage } from "../components/PlainPage";
import { findTier } from "../ledger";
import { notFound } from "../lib/http.server";
import { confirmPurchase, paidQuote } from "../services/billing/confirm.server";
import { balanceSummary } from "../services/ledger/read.server";
import { day } from "../lib/format";
import * as clock from "../clock.server";
import { requireShop } from "../merchant/auth.server";

// Shopify sends the merchant here after approving or declining (purchaseReturnUrl).
export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const { shop, admin } = await requireShop(request);
  const purchase = await confirmPurchase(shop.id, params.purchaseId ?? "", admin.graphql, clock.now());
  if (!purchase) throw notFound("This purchase does not exist in your store. Open Packs to buy hours.");
  // The new pack as the ledger sees it now: hours carried into it from an expiring pack, and its expiry.
  const pack = purchase.packId
    ? (await balanceSummary(shop.id, clock.now()))?.packs.find((p) => p.id === purchase.packId)
    : undefined;
  return {
    carriedInHours: pack?.carriedInHours ?? 0,
    expiresOn: pack?.expiresOn ?? null,
    status: purchase.status as "PENDING" | "ACTIVE" | "DECLINED" | "EXPIRED",
    hours: findTier(purchase.tier ?? "")?.hours ?? 0,
    packId: purchase.packId,
    quote: purchase.quoteId ? await paidQuote(shop.id, purchase.quoteId, purchase.id) : null,
  };
};

const PAGES = {
  ACTIVE: { tone: "success", title: "Hours added" },
  PENDING: { tone: "info", title: "Waiting for Shopify to confirm the payment" },
  DECLINED: { tone: "warning", title: "Purchase declined" },
  EXPIRED: { tone: "warning", title: "Purchase expired" },
} as const;

export default function PurchaseResult() {
  const { status, hours, packId, quote, carriedInHours, expiresOn } = useLoaderData<typeof loader>();
  if (quote) return <QuotePayment status={status} quote={quote} />;
  const page = PAGES[status];
  return (
    <PlainPage narrowWidth>
      <TitleBar title="Your purchase" />
      <Card>
        <BlockStack gap="400">
          <Banner tone={page.tone} title={page.title} />
          <Text as="p">{message(status, hours)}</Text>
          {status === "ACTIVE" && carriedInHours > 0 ? (
            <Text as="p">
              {`Plus ${carriedInHours} h carried in from your previous pack`}
              {expiresOn ? `, usable until this pack expires on ${day(expiresOn, { year: true })}.` : "."}
            </Text>
          ) : null}
          <InlineStack gap="200">
            {status === "ACTIVE" && packId ? (
              <Button variant="primary" url={`/app/packs/${packId}`}>
                View the pack
              </Button>
            ) : null}
            {status === "DECLINED" || status === "EXPIRED" ? (
              <Button variant="primary" url="/app/packs">
                Choose a pack
              </Button>
            ) : null}
            <Button url="/app">Back to your hours</Button>
          </InlineStack>
        </BlockStack>
      </Card>
    </PlainPage>
  );
}

function message(status: keyof typeof PAGES, hours: number): string {
  switch (status) {
    case "ACTIVE":
      return `${hours} hours are now in your store's balance.`;
    case "PENDING":
      return `Shopify has not confirmed the ${hours} hour pack yet. The hours are added as soon as it does; reload this page in a minute. You will not be charged twice.`;
    case "DECLINED":
      return `You declined the ${hours} hour pack, so nothing was charged and no hours were added. Choose a pack again whenever you are ready.`;
    case "EXPIRED":
      return `The ${hours} hour pack was not approved within 2 days, so nothing was charged. Choose a pack to buy it again.`;
  }
}

type Status = keyof typeof PAGES;
type PaidQuote = NonNullable<Awaited<ReturnType<typeof paidQuote>>>;

// A custom quote's payment: the quote is approved once Shopify confirms it.
function QuotePayment({ status, quote }: { status: Status; quote: PaidQuote }) {
  const paid = status === "ACTIVE" && quote.approvedByThisPayment;
  const title = paid
    ? "Quote paid"
    : status === "ACTIVE"
      ? "Payment received"
      : status === "PENDING"
        ? "Waiting for Shopify to confirm the payment"
        : status === "DECLINED"
          ? "Payment declined"
          : "Payment expired";
  return (
    <PlainPage narrowWidth>
      <TitleBar title="Your payment" />
      <Card>
        <BlockStack gap="400">
          <Banner tone={paid ? "success" : status === "PENDING" ? "info" : "warning"} title={title} />
          <Text as="p">{quoteMessage(status, paid, quote.title)}</Text>
          <InlineStack gap="200">
            <Button variant="primary" url={`/app/quotes/${quote.id}`}>
              View the quote
            </Button>
          </InlineStack>
        </BlockStack>
      </Card>
    </PlainPage>
  );
}

function quoteMessage(status: Status, paid: boolean, title: string): string {
  if (paid) return `“${title}” is approved as a custom quote. No hours are drawn from your packs for it.`;
  switch (status) {
    case "ACTIVE":
      return `Shopify took the payment, but “${title}” was no longer waiting for it. The company will refund it; nothing else changed.`;
    case "PENDING":
      return `Shopify has not confirmed the payment for “${title}” yet. The quote is approved as soon as it does; reload this page in a minute. You will not be charged twice.`;
    case "DECLINED":
      return `You declined the payment, so nothing was charged. “${title}” is still waiting for your decision.`;
    case "EXPIRED":
      return `The payment was not approved within 2 days, so nothing was charged. “${title}” is still waiting for your decision.`;
  }
}
