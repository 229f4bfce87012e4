import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { TitleBar } from "@shopify/app-bridge-react";
import { Banner, BlockStack, Card, Layout, Page, Text } from "@shopify/polaris";
import { z } from "zod";
import { DevelopersCard } from "../components/DevelopersCard";
import { RemindersCard } from "../components/RemindersCard";
import {
  cancelConnectionRequest,
  listShopRequests,
  requestConnection,
  type RequestFailure,
} from "../services/connection-requests.server";
import { revokeDeveloper } from "../services/connections.server";
import { shopSettings, updateReminders } from "../services/settings.server";
import { shopForSession } from "../services/shops.server";
import { authenticate } from "../shopify.server";
import * as clock from "../clock.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session, admin } = await authenticate.admin(request);
  const shop = await shopForSession(session.shop, admin.graphql);
  return { ...(await shopSettings(shop.id)), requests: await listShopRequests(shop, clock.now()) };
};

const formSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("connect"), email: z.string() }),
  z.object({ intent: z.literal("cancel-request"), requestId: z.string() }),
  z.object({ intent: z.literal("revoke"), developerId: z.string() }),
  z.object({
    intent: z.literal("reminders"),
    remindBeforeExpiry: z.enum(["true", "false"]).transform((v) => v === "true"),
    remindDuringWindow: z.enum(["true", "false"]).transform((v) => v === "true"),
    reminderEmail: z.string().default(""),
  }),
]);

export type SettingsResult = { ok: true; message: string } | { ok: false; message: string; field?: string };

const REQUEST_STATUS: Record<RequestFailure["code"], number> = {
  invalid_input: 400,
  not_found: 404,
  invalid_state: 409,
  conflict: 409,
};

// A request that changed nothing: its message (next to the field it names) with its status.
function refused({ field, message, code }: RequestFailure) {
  return data<SettingsResult>(
    { ok: false, message, ...(field ? { field } : {}) },
    { status: REQUEST_STATUS[code] },
  );
}

export const action = async ({
  request,
}: ActionFunctionArgs): Promise<SettingsResult | ReturnType<typeof refused>> => {
  const { session, admin } = await authenticate.admin(request);
  const shop = await shopForSession(session.shop, admin.graphql);
  const parsed = formSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success)
    return { ok: false, message: "The form was incomplete. Reload the page and try again." };
  const input = parsed.data;
  if (input.intent === "connect") {
    // The same answer whether or not the address has an account; no link ever reaches the store.
    const result = await requestConnection(shop, input.email, clock.now());
    return result.ok ? { ok: true, message: result.message } : refused(result);
  }
  if (input.intent === "cancel-request") {
    const result = await cancelConnectionRequest(shop.id, input.requestId, clock.now());
    return result.ok ? { ok: true, message: result.message } : refused(result);
  }
  if (input.intent === "revoke") {
    const revoked = await revokeDeveloper(shop.id, input.developerId, clock.now());
    return revoked
      ? { ok: true, message: "Access revoked. The developer can no longer see or quote for your store." }
      : { ok: false, message: "That developer is not connected to your store. Reload the page." };
  }
  const { intent: _intent, ...preferences } = input;
  const saved = await updateReminders(shop.id, preferences);
  return saved.ok ? { ok: true, message: "Reminder preferences saved." } : saved;
};

export default function Settings() {
  const settings = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <Page>
      <TitleBar title="Settings" />
      <BlockStack gap="400">
        {result && (result.ok || !result.field) ? (
          <Banner tone={result.ok ? "success" : "critical"} title={result.message} />
        ) : null}
        <Layout>
          <Layout.AnnotatedSection
            title="Time zone"
            description="Expiry dates are counted in your store's time zone."
          >
            <Card>
              <BlockStack gap="200">
                <Text as="p" variant="headingMd">
                  {settings.timezone}
                </Text>
                <Text as="p" tone="subdued">
                  Read from your Shopify store settings each time the app opens. Change it in Shopify under
                  Settings › General.
                </Text>
              </BlockStack>
            </Card>
          </Layout.AnnotatedSection>
          <Layout.AnnotatedSection
            title="Developers"
            description="Ask a developer to connect by their email; once they accept, they can see your hours and send you quotes. Revoke access at any time."
          >
            <DevelopersCard
              developers={settings.developers}
              requests={settings.requests}
              emailError={result && !result.ok && result.field === "email" ? result.message : undefined}
            />
          </Layout.AnnotatedSection>
          <Layout.AnnotatedSection
            title="Reminders"
            description="Emails before hours expire (30, 14, 7 and 1 days) and while expired hours can still be kept."
          >
            <RemindersCard
              remindBeforeExpiry={settings.remindBeforeExpiry}
              remindDuringWindow={settings.remindDuringWindow}
              reminderEmail={settings.reminderEmail ?? ""}
            />
          </Layout.AnnotatedSection>
        </Layout>
      </BlockStack>
    </Page>
  );
}
