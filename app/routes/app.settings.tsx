import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { TitleBar } from "@shopify/app-bridge-react";
import { Banner, BlockStack, Card, Layout, Page, Text } from "@shopify/polaris";
import { z } from "zod";
import { DevelopersCard } from "../components/DevelopersCard";
import { RemindersCard } from "../components/RemindersCard";
import { connectDeveloperByEmail, revokeDeveloper } from "../services/connections.server";
import { inviteDeveloper } from "../services/developers/accounts.server";
import { shopSettings, updateReminders } from "../services/settings.server";
import { shopForSession } from "../services/shops.server";
import { authenticate } from "../shopify.server";
import * as clock from "../clock.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session, admin } = await authenticate.admin(request);
  const shop = await shopForSession(session.shop, admin.graphql);
  return shopSettings(shop.id);
};

const flag = z
  .enum(["true", "false"])
  .transform((v) => v === "true")
  .optional();

const formSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("connect"), email: z.string() }),
  z.object({ intent: z.literal("revoke"), developerId: z.string() }),
  z.object({
    intent: z.literal("reminders"),
    remindBeforeExpiry: z.enum(["true", "false"]).transform((v) => v === "true"),
    remindDuringWindow: z.enum(["true", "false"]).transform((v) => v === "true"),
    emailQuoteWaiting: flag,
    emailOverrunWaiting: flag,
    emailPurchaseCredited: flag,
    reminderEmail: z.string().default(""),
  }),
]);

export type SettingsResult =
  { ok: true; message: string; inviteLink?: string } | { ok: false; message: string };

export const action = async ({ request }: ActionFunctionArgs): Promise<SettingsResult> => {
  const { session, admin } = await authenticate.admin(request);
  const shop = await shopForSession(session.shop, admin.graphql);
  const parsed = formSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success)
    return { ok: false, message: "The form was incomplete. Reload the page and try again." };
  const input = parsed.data;
  if (input.intent === "connect") {
    const now = clock.now();
    const result = await connectDeveloperByEmail(shop.id, input.email, now);
    if (!result.ok) return result;
    // A developer without a portal account yet gets a single-use invitation for the merchant to pass on.
    const invite = await inviteDeveloper({ email: result.developer.email }, now);
    if (invite.ok) {
      return {
        ok: true,
        message: `${result.developer.email} is connected. Send them this link to set up their developer portal account (valid 7 days):`,
        inviteLink: invite.link,
      };
    }
    return { ok: true, message: `${result.developer.name} is connected to your store.` };
  }
  if (input.intent === "revoke") {
    const revoked = await revokeDeveloper(shop.id, input.developerId, clock.now());
    return revoked
      ? { ok: true, message: "Access revoked. The developer can no longer see or quote for your store." }
      : { ok: false, message: "That developer is not connected to your store. Reload the page." };
  }
  const { intent: _intent, ...preferences } = input;
  const saved = await updateReminders(shop.id, preferences);
  return saved.ok ? { ok: true, message: "Email settings saved." } : saved;
};

export default function Settings() {
  const settings = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <Page>
      <TitleBar title="Settings" />
      <BlockStack gap="400">
        {result ? (
          <Banner tone={result.ok ? "success" : "critical"} title={result.message}>
            {result.ok && result.inviteLink ? (
              <Text as="p" breakWord>
                {result.inviteLink}
              </Text>
            ) : null}
          </Banner>
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
            description="Connected developers can see your hours and send you quotes. Revoke access at any time."
          >
            <DevelopersCard developers={settings.developers} />
          </Layout.AnnotatedSection>
          <Layout.AnnotatedSection
            title="Emails"
            description="Reminders before hours expire (30, 14, 7 and 1 days) and while expired hours can still be kept, new quotes and purchases. Each email also has a one-click unsubscribe link."
          >
            <RemindersCard
              preferences={settings.preferences}
              reminderEmail={settings.reminderEmail ?? ""}
              contactEmail={settings.contactEmail}
            />
          </Layout.AnnotatedSection>
        </Layout>
      </BlockStack>
    </Page>
  );
}
