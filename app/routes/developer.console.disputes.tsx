import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useFetcher, useLoaderData } from "@remix-run/react";
import { Banner, BlockStack, Card, DataTable, EmptyState, InlineStack, Page, Text } from "@shopify/polaris";
import { useEffect, useRef } from "react";
import { z } from "zod";
import { ConfirmButton } from "../components/portal/ConfirmButton";
import { SectionCard } from "../components/SectionCard";
import { FormField } from "../components/portal/FormField";
import { IntentForm } from "../components/portal/IntentForm";
import { useToast } from "../components/portal/PortalFrame";
import { FormError } from "../components/portal/FormError";
import { ResolvedDisputes } from "../components/portal/ResolvedDisputes";
import { minutesToHours } from "../ledger/units";
import { day, dayOf, hours as formatHours } from "../lib/format";
import { requireAdmin, requireDeveloperAction } from "../portal/auth.server";
import { hours, id, paragraph, parse } from "../lib/forms";
import { refuse } from "../lib/http.server";
import { listDisputes } from "../services/quotes/disputes.server";
import { resolveDispute } from "../services/quotes/overruns.server";
import * as clock from "../clock.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  await requireAdmin(request);
  return listDisputes();
};

const ResolveForm = z.object({
  intent: z.literal("resolve"),
  quoteId: id(),
  chargedHours: hours(),
  reason: paragraph(1000, 1),
});

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session, form } = await requireDeveloperAction(request, { admin: true });
  const parsed = parse(ResolveForm, form);
  if (!parsed.ok) return refuse(parsed);
  const { quoteId, chargedHours, reason } = parsed.data;
  const result = await resolveDispute(
    quoteId,
    { chargedMinutes: chargedHours, reason, adminId: session.developer.id },
    clock.now(),
  );
  // An unknown or foreign id is the form's quoteId at fault.
  if (!result.ok) return refuse(result, { field: result.code === "not_found" ? "quoteId" : undefined });
  return { ok: true as const, charged: formatHours(result.quote.chargedMinutes ?? 0) };
};

type Dispute = Awaited<ReturnType<typeof loader>>["open"][number];

/** What resolving with `charged` (as typed) does, for the confirmation. */
function resolutionText(charged: string, dispute: Dispute): string {
  const minutes = /^\d+(\.\d+)?$/.test(charged.trim()) ? Math.round(Number(charged) * 60) : null;
  const reported = formatHours(dispute.actualMinutes ?? 0);
  if (minutes === null) return "Check the hours to charge first: a number of hours, such as 1.5.";
  return `Charge ${formatHours(minutes)} to ${dispute.shop.domain}'s packs for “${dispute.title}” (estimate ${formatHours(dispute.estimateMinutes)}, reported ${reported}); the rest of the hold goes back to the store. The merchant and the developer see your reason. This cannot be undone.`;
}

/**
 * A toast for each dispute that left the open list for the resolved one since the last render:
 * the resolved card itself is gone by the time its answer arrives.
 */
function useResolvedToast(open: Dispute[], resolved: Dispute[]) {
  const show = useToast();
  const before = useRef(open.map((d) => d.id));
  useEffect(() => {
    for (const q of resolved) {
      if (before.current.includes(q.id) && !open.some((d) => d.id === q.id))
        show(`“${q.title}” resolved: ${formatHours(q.chargedMinutes ?? 0)} charged.`);
    }
    before.current = open.map((d) => d.id);
  }, [open, resolved, show]);
}

export default function Disputes() {
  const { open, resolved } = useLoaderData<typeof loader>();
  useResolvedToast(open, resolved);
  return (
    <Page
      title="Disputes"
      subtitle="Completions a merchant disputed: decide what is charged, from 0.25 h to the time reported."
    >
      <BlockStack gap="400">
        {open.length === 0 ? (
          <Card>
            <EmptyState heading="No open disputes" image="">
              <p>A merchant who disputes the extra time of a completed quote appears here.</p>
            </EmptyState>
          </Card>
        ) : (
          open.map((dispute) => <DisputeCard key={dispute.id} dispute={dispute} />)
        )}
        {resolved.length > 0 ? <ResolvedDisputes resolved={resolved} /> : null}
      </BlockStack>
    </Page>
  );
}

// Each dispute posts through its own fetcher, so a refusal shows on the card it belongs to.
function DisputeCard({ dispute }: { dispute: Dispute }) {
  const fetcher = useFetcher<typeof action>();
  const actual = dispute.actualMinutes ?? 0;

  const logged = dispute.timeEntries.reduce((sum, entry) => sum + entry.minutes, 0);
  return (
    <section aria-label={dispute.title}>
      <SectionCard title={dispute.title}>
        <Text as="p" tone="subdued">
          {dispute.shop.domain} · {dispute.developer?.name ?? "no developer"} · disputed{" "}
          {dispute.disputedAt ? dayOf(dispute.disputedAt, dispute.shop.timezone) : ""}
        </Text>
        <Text as="p">
          Estimate {formatHours(dispute.estimateMinutes)} · reported {formatHours(actual)} · extra{" "}
          {formatHours(actual - dispute.estimateMinutes)}
        </Text>
        <Banner tone="warning" title="The merchant says">
          <p>{dispute.disputeReason}</p>
        </Banner>
        <Banner tone="info" title="The developer says">
          <p>{dispute.completionNote || "No note with the completion."}</p>
        </Banner>
        {dispute.timeEntries.length > 0 ? (
          <DataTable
            columnContentTypes={["text", "text", "numeric"]}
            headings={["Date", "Work", "Time"]}
            rows={dispute.timeEntries.map((t) => [day(t.workedOn), t.note || "—", formatHours(t.minutes)])}
            totals={["", "", formatHours(logged)]}
            showTotalsInFooter
          />
        ) : (
          <Text as="p" tone="subdued">
            No time entries were logged.
          </Text>
        )}
        <FormError data={fetcher.data} />
        <IntentForm form={fetcher.Form} intent="resolve" fields={{ quoteId: dispute.id }}>
          <BlockStack gap="200">
            <InlineStack gap="300" blockAlign="start">
              <FormField
                label="Hours to charge"
                name="chargedHours"
                initial={String(minutesToHours(dispute.estimateMinutes))}
                helpText={`From 0.25 h to ${formatHours(actual)}.`}
                fetcher={fetcher}
              />
            </InlineStack>
            <FormField
              label="Reason (both sides see it)"
              name="reason"
              multiline={2}
              maxLength={1000}
              fetcher={fetcher}
            />
            <InlineStack>
              <ConfirmButton
                variant="primary"
                loading={fetcher.state !== "idle"}
                accessibilityLabel={`Resolve “${dispute.title}”`}
                title={`Resolve “${dispute.title}”?`}
                confirmLabel="Resolve and charge"
                body={(fields) => resolutionText(String(fields.get("chargedHours") ?? ""), dispute)}
              >
                Resolve
              </ConfirmButton>
            </InlineStack>
          </BlockStack>
        </IntentForm>
      </SectionCard>
    </section>
  );
}
