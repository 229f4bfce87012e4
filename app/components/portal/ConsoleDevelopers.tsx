import { useActionData, useFetcher } from "@remix-run/react";
import { BlockStack, Button, Card, InlineStack, Select, Text } from "@shopify/polaris";
import { useState } from "react";
import { fieldError, namesField } from "../../lib/result";
import { IntentForm } from "./IntentForm";
import { FormField } from "./FormField";
import { TextInput } from "../TextInput";
import { count, money } from "../../lib/format";
import { ConfirmButton } from "./ConfirmButton";
import { StatusBadge } from "./StatusBadge";

interface DeveloperView {
  id: string;
  email: string;
  name: string;
  role: string;
  status: string;
  payoutRateCents: number | null;
  setUp: boolean;
  connectedStores: number;
}

function IntentButton({
  intent,
  developerId,
  label,
  tone,
}: {
  intent: string;
  developerId: string;
  label: string;
  tone?: "critical";
}) {
  return (
    <IntentForm intent={intent} fields={{ developerId }}>
      <Button submit tone={tone}>
        {label}
      </Button>
    </IntentForm>
  );
}

/** The invite form's fields (they show their own errors). */
export const INVITE_FIELDS = ["email", "name", "role"] as const;

/** Invites a developer (or a company admin) by email. */
export function InviteForm() {
  const result = useActionData();
  const [role, setRole] = useState("developer");
  return (
    <Card>
      <IntentForm intent="invite">
        <InlineStack gap="200" blockAlign="end">
          <FormField label="Email" name="email" type="email" />
          <FormField label="Name" name="name" />
          <Select
            label="Role"
            name="role"
            value={role}
            onChange={setRole}
            error={fieldError(result, "role")}
            options={[
              { label: "Developer", value: "developer" },
              { label: "Company admin", value: "admin" },
            ]}
          />
          <Button submit variant="primary">
            Invite
          </Button>
        </InlineStack>
      </IntentForm>
    </Card>
  );
}

/** One account: status, payout rate, and what the company can do with it. */
export function DeveloperRow({ developer, isMe }: { developer: DeveloperView; isMe: boolean }) {
  // Each row's rate form has its own answer (a fetcher), so that its error shows on its row.
  const rateForm = useFetcher<{ ok: boolean; message?: string }>();
  const rateResult = rateForm.data;
  const active = developer.status === "active";
  return (
    <Card>
      <BlockStack gap="300">
        <InlineStack gap="200" blockAlign="center">
          <Text as="h3" variant="headingSm">
            {developer.name} · {developer.email}
          </Text>
          {developer.role === "admin" ? <StatusBadge status="admin" /> : null}
          <StatusBadge status={active ? (developer.setUp ? "active" : "invited") : "deactivated"} />
          <Text as="span" tone="subdued">
            {count(developer.connectedStores, "connected store")} · rate{" "}
            {developer.payoutRateCents === null ? "not set" : `${money(developer.payoutRateCents)}/h`}
          </Text>
        </InlineStack>
        <InlineStack gap="200" blockAlign="end">
          <IntentForm form={rateForm.Form} intent="rate" fields={{ developerId: developer.id }}>
            <InlineStack gap="200" blockAlign="end">
              <TextInput
                label="Payout per hour ($)"
                name="rate"
                initial={
                  developer.payoutRateCents === null ? "" : (developer.payoutRateCents / 100).toFixed(2)
                }
                error={
                  fieldError(rateResult, "rate") ??
                  (rateResult?.ok === false && !namesField(rateResult, ["rate"])
                    ? rateResult.message
                    : undefined)
                }
              />
              <Button submit>Set rate</Button>
            </InlineStack>
          </IntentForm>
          {active ? (
            <IntentButton
              intent="reset"
              developerId={developer.id}
              label={developer.setUp ? "Password reset link" : "New invite link"}
            />
          ) : null}
          {isMe ? null : active ? (
            <IntentForm intent="deactivate" fields={{ developerId: developer.id }}>
              <ConfirmButton
                tone="critical"
                destructive
                accessibilityLabel={`Deactivate ${developer.name || developer.email}`}
                title={`Deactivate ${developer.name || developer.email}?`}
                body={`${developer.email} is logged out everywhere and can no longer log in, quote or invoice. Their ${count(developer.connectedStores, "connected store")} keep their hours and history. Reactivate the account to let them back in.`}
              >
                Deactivate
              </ConfirmButton>
            </IntentForm>
          ) : (
            <IntentButton intent="reactivate" developerId={developer.id} label="Reactivate" />
          )}
        </InlineStack>
      </BlockStack>
    </Card>
  );
}
