import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { TitleBar } from "@shopify/app-bridge-react";
import { Banner, BlockStack, Card, Layout, Text } from "@shopify/polaris";
import { PlainPage } from "../components/PlainPage";
import { useMemo } from "react";
import { z } from "zod";
import { useNoticeToast } from "../lib/notice";
import { DevelopersCard } from "../components/DevelopersCard";
import { OverrunsCard } from "../components/OverrunsCard";
import { RemindersCard } from "../components/RemindersCard";
import { flag, id, line, parse, wholeNumber } from "../lib/forms";
import { readForm, refuse } from "../lib/http.server";
import { fail, fieldError, namesField } from "../lib/result";
import { requireShop } from "../merchant/auth.server";
import {
  cancelConnectionRequest,
  listShopRequests,
  requestConnection,
} from "../services/connection-requests.server";
import { revokeDeveloper } from "../services/connections.server";
import { setOverrunTolerance } from "../services/quotes/policy.server";
import { shopSettings, updateReminders } from "../services/settings.server";
import * as clock from "../clock.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { shop } = await requireShop(request);
  return { ...(await shopSettings(shop.id)), requests: await listShopRequests(shop, clock.now()) };
};

// The email is checked (and its answer kept the same for every address) by the request service.
const SettingsForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("connect"), email: line(254) }),
  z.object({ intent: z.literal("cancel-request"), requestId: id() }),
  z.object({ intent: z.literal("revoke"), developerId: id() }),
  z.object({
    intent: z.literal("reminders"),
    remindBeforeExpiry: flag(),
    remindDuringWindow: flag(),
    emailQuoteWaiting: flag().optional(),
    emailOverrunWaiting: flag().optional(),
    emailPurchaseCredited: flag().optional(),
    reminderEmail: line(254).default(""),
  }),
  z
    .object({
      intent: z.literal("overruns"),
      askBeforeOverrun: flag(),
      overrunTolerancePercent: wholeNumber(0, 1000).optional(),
    })
    .refine((form) => !form.askBeforeOverrun || form.overrunTolerancePercent !== undefined, {
      path: ["overrunTolerancePercent"],
      error: "must be a whole number from 0 to 1000.",
    }),
]);

export const action = async ({ request }: ActionFunctionArgs) => {
  const { shop } = await requireShop(request);
  const parsed = parse(SettingsForm, await readForm(request));
  if (!parsed.ok) return refuse(parsed);
  const input = parsed.data;
  const now = clock.now();
  if (input.intent === "connect" || input.intent === "cancel-request") {
    // The same answer whether or not the address has an account; no link ever reaches the store.
    const result =
      input.intent === "connect"
        ? await requestConnection(shop, input.email, now)
        : await cancelConnectionRequest(shop.id, input.requestId, now);
    return result.ok ? { ok: true as const, message: result.message } : refuse(result);
  }
  if (input.intent === "revoke") {
    const revoked = await revokeDeveloper(shop.id, input.developerId, now);
    return revoked
      ? {
          ok: true as const,
          message: "Access revoked. The developer can no longer see or quote for your store.",
        }
      : refuse(
          fail("not_found", "That developer is not connected to your store. Reload the page.", {
            field: "developerId",
          }),
        );
  }
  if (input.intent === "overruns") {
    const ask = input.askBeforeOverrun;
    const saved = await setOverrunTolerance(shop.id, ask ? (input.overrunTolerancePercent ?? null) : null);
    if (!saved.ok) return refuse(saved);
    return {
      ok: true as const,
      message: ask
        ? `Saved: you are asked before being charged more than ${input.overrunTolerancePercent} % over an estimate.`
        : "Saved: you are charged the actual time of every quote you approved.",
    };
  }
  const { intent: _intent, ...preferences } = input;
  const saved = await updateReminders(shop.id, preferences);
  return saved.ok ? { ok: true as const, message: "Email settings saved." } : refuse(saved);
};

// Each section's title and the sentence beside it, kept together.
const SECTIONS = {
  timeZone: {
    title: "Time zone",
    description: "Expiry dates are counted in your store's time zone.",
  },
  developers: {
    title: "Developers",
    description:
      "Ask a developer to connect by their email; once they accept, they can see your hours and send you quotes. Revoke access at any time.",
  },
  overruns: {
    title: "Overruns",
    description:
      "Whether a developer may charge more than the estimate of a quote you approved without asking you.",
  },
  emails: {
    title: "Emails",
    description:
      "Reminders before hours expire (30, 14, 7 and 1 days) and while expired hours can still be kept, new quotes and purchases. Each email also has a one-click unsubscribe link.",
  },
};

// The fields that show their own errors; any other failure (a stale row) is the page's banner.
const SHOWN_FIELDS = ["email", "reminderEmail", "overrunTolerancePercent"] as const;

export default function Settings() {
  const settings = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  // Every saved change is confirmed by a toast as well as by the words on the page.
  const done = useMemo(() => (result?.ok ? { ok: true, notice: result.message } : null), [result]);
  useNoticeToast(done);
  return (
    <PlainPage>
      <TitleBar title="Settings" />
      <BlockStack gap="400">
        {result && (result.ok || !namesField(result, SHOWN_FIELDS)) ? (
          <Banner tone={result.ok ? "success" : "critical"} title={result.message} />
        ) : null}
        <Layout>
          <Layout.AnnotatedSection {...SECTIONS.timeZone}>
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
          <Layout.AnnotatedSection {...SECTIONS.developers}>
            <DevelopersCard
              developers={settings.developers}
              requests={settings.requests}
              emailError={fieldError(result, "email")}
            />
          </Layout.AnnotatedSection>
          <Layout.AnnotatedSection {...SECTIONS.overruns}>
            <OverrunsCard
              tolerancePercent={settings.overrunTolerancePercent}
              error={fieldError(result, "overrunTolerancePercent")}
            />
          </Layout.AnnotatedSection>
          <Layout.AnnotatedSection {...SECTIONS.emails}>
            <RemindersCard
              preferences={settings.preferences}
              reminderEmail={settings.reminderEmail ?? ""}
              contactEmail={settings.contactEmail}
              emailError={fieldError(result, "reminderEmail")}
            />
          </Layout.AnnotatedSection>
        </Layout>
      </BlockStack>
    </PlainPage>
  );
}
