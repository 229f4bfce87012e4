// A one-click unsubscribe link from an email (no login: the link is signed). GET shows what it
// turns off and a button (mail scanners fetch links, so a GET changes nothing); POST turns it
// off, from the button or from a mail provider's RFC 8058 one-click request.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { AppProvider, Banner, BlockStack, Button, Card, Page, Text } from "@shopify/polaris";
import en from "@shopify/polaris/locales/en.json";
import polarisStyles from "@shopify/polaris/build/esm/styles.css?url";
import { readForm } from "../lib/http.server";
import { describeUnsubscribe, unsubscribe } from "../services/email/unsubscribe.server";

export const links = () => [{ rel: "stylesheet", href: polarisStyles }];
export const meta: MetaFunction = () => [
  { title: "Email preferences · Support Packs" },
  { name: "robots", content: "noindex" },
];

const INVALID = "This unsubscribe link is not valid. Choose which emails you get in Support Packs' settings.";

export const loader = async ({ params }: LoaderFunctionArgs) => {
  const found = await describeUnsubscribe(params.token ?? "");
  if (!found) throw new Response(INVALID, { status: 404 });
  return { label: found.label, who: found.who, recipient: found.recipient.type };
};

export const action = async ({ request, params }: ActionFunctionArgs) => {
  if (!(await describeUnsubscribe(params.token ?? ""))) throw new Response(INVALID, { status: 404 });
  // The button's form, or a provider's RFC 8058 "List-Unsubscribe=One-Click" form body.
  await readForm(request);
  if (!(await unsubscribe(params.token ?? ""))) throw new Response(INVALID, { status: 404 });
  return { done: true };
};

export default function Unsubscribe() {
  const { label, who, recipient } = useLoaderData<typeof loader>();
  const done = useActionData<typeof action>()?.done;
  const where =
    recipient === "shop" ? "Settings in the Support Packs app" : "Settings in the developer portal";
  return (
    <AppProvider i18n={en}>
      <Page narrowWidth title="Email preferences">
        <Card>
          <BlockStack gap="400">
            {done ? (
              <Banner tone="success" title="You are unsubscribed">
                <p>
                  {who} no longer gets emails about: {label}. Turn them on again in {where}.
                </p>
              </Banner>
            ) : (
              <>
                <Text as="p">
                  Stop emails to {who} about: <strong>{label}</strong>?
                </Text>
                <Form method="post">
                  <Button submit variant="primary">
                    Unsubscribe
                  </Button>
                </Form>
                <Text as="p" tone="subdued">
                  Other emails are not affected. You can choose which emails you get in {where}.
                </Text>
              </>
            )}
          </BlockStack>
        </Card>
      </Page>
    </AppProvider>
  );
}

export function ErrorBoundary() {
  return (
    <AppProvider i18n={en}>
      <Page narrowWidth title="Email preferences">
        <Banner tone="warning">
          <p>{INVALID}</p>
        </Banner>
      </Page>
    </AppProvider>
  );
}
