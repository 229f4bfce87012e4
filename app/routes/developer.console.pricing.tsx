import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Banner, BlockStack, Button, Card, Page, Text, TextField } from "@shopify/polaris";
import { useState } from "react";
import { z } from "zod";
import { CsrfField } from "../components/portal/CsrfField";
import { FormError } from "../components/portal/FormError";
import { requireAdmin, requireDeveloperAction } from "../portal/auth.server";
import { dollars, parse } from "../lib/forms";
import { refuse } from "../lib/http.server";
import { fieldError } from "../lib/result";
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
  const [rate, setRate] = useState((rateCents / 100).toFixed(2));
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
        <Card>
          <Form method="post">
            <CsrfField />
            <BlockStack gap="300">
              <Text as="h2" variant="headingMd">
                Custom-quote rate
              </Text>
              <Text as="p" tone="subdued">
                A merchant can pay a pending quote outright: its estimate in hours × this rate, through
                Shopify. Keep it above the packs&apos; hourly prices ($80 to $95) so that packs stay the
                cheaper way to buy hours. Quotes already paid keep their price.
              </Text>
              <TextField
                label="Price per estimated hour (USD)"
                name="rate"
                value={rate}
                onChange={setRate}
                prefix="$"
                error={fieldError(result, "rate")}
                autoComplete="off"
              />
              <Button submit variant="primary">
                Save rate
              </Button>
            </BlockStack>
          </Form>
        </Card>
      </BlockStack>
    </Page>
  );
}
