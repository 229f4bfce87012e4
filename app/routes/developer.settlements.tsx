import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Banner, BlockStack, Card, Checkbox, EmptyState, InlineStack, Page, Text } from "@shopify/polaris";
import { useState } from "react";
import { z } from "zod";
import { ConfirmButton } from "../components/portal/ConfirmButton";
import { CsrfField } from "../components/portal/CsrfField";
import { FormError } from "../components/portal/FormError";
import { basisLabel, settledItem } from "../lib/settlements";
import { requireDeveloper, requireDeveloperAction } from "../portal/auth.server";
import { id, parse } from "../lib/forms";
import { refuse } from "../lib/http.server";
import { createInvoice } from "../services/developers/invoices.server";
import { uninvoicedSettlements } from "../services/developers/settlements.server";
import * as clock from "../clock.server";
import { count, dayOf, hours, money } from "../lib/format";
import { amountForMinutes } from "../lib/money";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const session = await requireDeveloper(request);
  return {
    settlements: await uninvoicedSettlements(session.developer.id, clock.now()),
    rateCents: session.developer.payoutRateCents,
  };
};

// Checkboxes: one settlementId per chosen settlement, so the field may repeat.
const InvoiceForm = z.object({
  settlementId: z
    .preprocess(
      (value) => (value === undefined || Array.isArray(value) ? value : [value]),
      z.array(id()).max(1000),
    )
    .default([]),
});

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session, form } = await requireDeveloperAction(request);
  const parsed = parse(InvoiceForm, form);
  if (!parsed.ok) return refuse(parsed);
  const result = await createInvoice(session.developer.id, parsed.data.settlementId, clock.now());
  if (!result.ok) return refuse(result);
  throw redirect(`/developer/invoices/${result.invoiceId}`);
};

/** What invoicing the chosen settlements does, for the confirmation. */
function invoiceText(chosen: { minutes: number }[], rateCents: number | null): string {
  const minutes = chosen.reduce((sum, s) => sum + s.minutes, 0);
  const amount = rateCents === null ? "" : ` for ${money(amountForMinutes(minutes, rateCents))}`;
  return `An invoice to the company for ${count(chosen.length, "settlement")} (${hours(minutes)})${amount}. Invoiced settlements leave this list for good.`;
}

export default function Settlements() {
  const { settlements, rateCents } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [chosen, setChosen] = useState<string[]>(() => settlements.map((s) => s.id));
  const toggle = (id: string, on: boolean) =>
    setChosen((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));
  return (
    <Page
      title="Settlements"
      subtitle="Packs and custom quotes whose compensation is final and not yet invoiced."
    >
      <BlockStack gap="400">
        <FormError data={result} />
        {rateCents === null ? (
          <Banner tone="warning">
            <p>Your payout rate is not set yet. Ask the company to set it before invoicing.</p>
          </Banner>
        ) : null}
        {settlements.length === 0 ? (
          <Card>
            <EmptyState heading="Nothing to invoice" image="">
              <p>
                A pack you sold settles when it is used up, carried over, or its renewal window closes; a
                custom quote settles its quoted hours when you complete it.
              </p>
            </EmptyState>
          </Card>
        ) : (
          <Card>
            <Form method="post">
              <CsrfField />
              <BlockStack gap="300">
                {settlements.map((s) => (
                  <InlineStack key={s.id} gap="300" blockAlign="center" wrap={false}>
                    <Checkbox
                      label={`Invoice ${s.shopDomain}, ${settledItem(s)}: ${hours(s.minutes)}${rateCents !== null ? `, ${money(amountForMinutes(s.minutes, rateCents))}` : ""}`}
                      labelHidden
                      checked={chosen.includes(s.id)}
                      onChange={(on) => toggle(s.id, on)}
                    />
                    {chosen.includes(s.id) ? <input type="hidden" name="settlementId" value={s.id} /> : null}
                    <Text as="span">
                      {s.shopDomain} · {settledItem(s)} · {basisLabel(s.basis)} · {hours(s.minutes)} · settled{" "}
                      {dayOf(s.settledAt, "UTC")}
                      {rateCents !== null ? ` · ${money(amountForMinutes(s.minutes, rateCents))}` : ""}
                    </Text>
                  </InlineStack>
                ))}
                <InlineStack>
                  <ConfirmButton
                    variant="primary"
                    disabled={chosen.length === 0 || rateCents === null}
                    title="Mark completed and invoice?"
                    confirmLabel="Create the invoice"
                    body={invoiceText(
                      settlements.filter((s) => chosen.includes(s.id)),
                      rateCents,
                    )}
                  >
                    Mark completed and invoice
                  </ConfirmButton>
                </InlineStack>
              </BlockStack>
            </Form>
          </Card>
        )}
      </BlockStack>
    </Page>
  );
}
