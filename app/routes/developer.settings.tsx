import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { BlockStack, Button, Checkbox, Page, Text } from "@shopify/polaris";
import { useState } from "react";
import { FormCard } from "../components/portal/FormCard";
import { FormError } from "../components/portal/FormError";
import { useSuccessToast } from "../components/portal/PortalFrame";
import { requireDeveloper, requireDeveloperAction } from "../portal/auth.server";
import { z } from "zod";
import { oneOf, parse } from "../lib/forms";
import { refuse } from "../lib/http.server";
import { DEVELOPER_PREFERENCES, type DeveloperPreference } from "../services/email/kinds";
import { developerEmailSettings, setDeveloperPreferences } from "../services/email/preferences.server";

const KINDS = Object.keys(DEVELOPER_PREFERENCES) as [DeveloperPreference, ...DeveloperPreference[]];
// Checkboxes: one "on" per kind left on, so the field may repeat (or be absent: all off).
const SettingsForm = z.object({
  on: z
    .preprocess(
      (value) => (value === undefined || Array.isArray(value) ? value : [value]),
      z.array(oneOf(KINDS)),
    )
    .default([]),
});

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const session = await requireDeveloper(request);
  return developerEmailSettings(session.developer.id);
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session, form } = await requireDeveloperAction(request);
  const parsed = parse(SettingsForm, form);
  if (!parsed.ok) return refuse(parsed);
  await setDeveloperPreferences(session.developer.id, parsed.data.on);
  return { ok: true as const };
};

export default function DeveloperSettings() {
  const { email, preferences } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  useSuccessToast(result, () => "Email settings saved.");
  const [on, setOn] = useState(Object.fromEntries(preferences.map((p) => [p.kind, p.on])));
  return (
    <Page title="Settings">
      <BlockStack gap="400">
        <FormError data={result} />
        <FormCard title={`Emails to ${email}`}>
          {preferences.map((preference) => (
            <div key={preference.kind}>
              {on[preference.kind] ? <input type="hidden" name="on" value={preference.kind} /> : null}
              <Checkbox
                label={preference.label}
                checked={on[preference.kind]}
                onChange={(checked) => setOn({ ...on, [preference.kind]: checked })}
              />
            </div>
          ))}
          <Text as="p" tone="subdued">
            Every email also has a one-click unsubscribe link for its kind.
          </Text>
          <Button submit>Save email settings</Button>
        </FormCard>
      </BlockStack>
    </Page>
  );
}
