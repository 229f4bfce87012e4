import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Banner, BlockStack, Button, Page, Text } from "@shopify/polaris";
import { z } from "zod";
import { FormCard } from "../components/portal/FormCard";
import { FormField } from "../components/portal/FormField";
import { FormError } from "../components/portal/FormError";
import { requireAdmin, requireDeveloperAction } from "../portal/auth.server";
import { dollars, parse } from "../lib/forms";
import { refuse } from "../lib/http.server";
import { companyQuoteRate, setCompanyQuoteRate } from "../services/quotes/policy.server";
import { money } from "../lib/format";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  await requireAdmin(request);
  return { rateCents: await companyQuoteRate() };
};

const PricingForm = z.object({ rate: dollars(1, 10_000) });

export const action = async ({ request }: ActionFunctionArgs) => {
  const { form } = await requireDeveloperAction(request, { admin: true });
  const parsed = parse(PricingForm, form);
  if (!parsed.ok) return refuse(parsed);
  const saved = await setCompanyQuoteRate(parsed.data.rate);
  if (!saved.ok) return refuse(saved);
  return { ok: true as const, rateCents: parsed.data.rate };
};

export default function Pricing() {
  const { rateCents } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();

  return (
    <Page
      title="Pricing"
      subtitle="What a merchant pays to have a quote done without using hours from packs."
    >
      <BlockStack gap="400">
        {result?.ok ? (
          <Banner
            tone="success"
            title={`Custom quotes now cost ${money(result.rateCents)} per estimated hour.`}
          />
        ) : null}
        <FormError data={result} />
        <FormCard title="Custom-quote rate">
          <Text as="p" tone="subdued">
            A merchant can pay a pending quote outright: its estimate in hours × this rate, through Shopify.
            Keep it above the packs&apos; hourly prices ($80 to $95) so that packs stay the cheaper way to buy
            hours. Quotes already paid keep their price.
          </Text>
          <FormField
            label="Price per estimated hour (USD)"
            name="rate"
            initial={(rateCents / 100).toFixed(2)}
            prefix="$"
          />
          <Button submit variant="primary">
            Save rate
          </Button>
        </FormCard>
      </BlockStack>
    </Page>
  );
}
