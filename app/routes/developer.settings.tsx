import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Banner, BlockStack, Button, Card, Checkbox, Page, Text } from "@shopify/polaris";
import { useState } from "react";
import { CsrfField } from "../components/portal/CsrfField";
import { requireDeveloper, requireDeveloperAction } from "../portal/auth.server";
import prisma from "../db.server";
import { developerPreferences, setDeveloperPreferences } from "../services/email/preferences.server";

async function preferencesOf(developerId: string) {
  const developer = await prisma.developer.findUniqueOrThrow({
    where: { id: developerId },
    select: { email: true, role: true, emailOptOuts: true },
  });
  return { email: developer.email, preferences: developerPreferences(developer) };
}

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const session = await requireDeveloper(request);
  return preferencesOf(session.developer.id);
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session, form } = await requireDeveloperAction(request);
  // Checkboxes: a kind is on when its box was sent; unknown names are ignored.
  const on = form.getAll("on").filter((value): value is string => typeof value === "string");
  await setDeveloperPreferences(session.developer.id, on);
  return { saved: true };
};

export default function DeveloperSettings() {
  const { email, preferences } = useLoaderData<typeof loader>();
  const saved = useActionData<typeof action>()?.saved;
  const [on, setOn] = useState(Object.fromEntries(preferences.map((p) => [p.kind, p.on])));
  return (
    <Page title="Settings">
      <BlockStack gap="400">
        {saved ? <Banner tone="success" title="Email settings saved." /> : null}
        <Card>
          <Form method="post">
            <CsrfField />
            <BlockStack gap="300">
              <Text as="h2" variant="headingMd">
                Emails to {email}
              </Text>
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
            </BlockStack>
          </Form>
        </Card>
      </BlockStack>
    </Page>
  );
}
