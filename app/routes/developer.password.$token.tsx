import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { BlockStack, Button, Card, FormLayout, Page, Text } from "@shopify/polaris";
import { z } from "zod";
import { CsrfField } from "../components/portal/CsrfField";
import { FormError } from "../components/portal/FormError";
import { FormField } from "../components/portal/FormField";
import { anonymousCsrf, requireAnonymousForm } from "../portal/auth.server";
import { sessionCookie } from "../portal/cookies.server";
import { parse } from "../lib/forms";
import { notFound, refuse } from "../lib/http.server";
import { describeToken, setPasswordWithToken } from "../services/developers/accounts.server";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../services/developers/passwords.server";
import * as clock from "../clock.server";

// An unknown, used or expired link answers 404 with what to do (the layout's boundary shows it).
export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const link = await describeToken(params.token ?? "", clock.now());
  if (!link.ok) throw notFound(link.message);
  const csrf = anonymousCsrf(request);
  const body = {
    csrf: csrf.token,
    purpose: link.purpose,
    email: link.email,
    name: link.name,
    minLength: MIN_PASSWORD_LENGTH,
    maxLength: MAX_PASSWORD_LENGTH,
  };
  return data(body, csrf.setCookie ? { headers: { "Set-Cookie": csrf.setCookie } } : {});
};

// Lengths are the service's (passwordProblem): one rule for every password form.
const PasswordForm = z.object({
  password: z.string({ error: "must be text." }),
  confirmation: z.string({ error: "must be text." }),
});

export const action = async ({ request, params }: ActionFunctionArgs) => {
  const parsed = parse(PasswordForm, await requireAnonymousForm(request));
  if (!parsed.ok) return refuse(parsed);
  const form = parsed.data;
  const result = await setPasswordWithToken({ token: params.token ?? "", ...form }, clock.now());
  if (!result.ok) return refuse(result, { field: "token" });
  throw redirect("/developer", { headers: { "Set-Cookie": sessionCookie(result.sessionToken) } });
};

export default function SetPassword() {
  const link = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();

  return (
    <Page
      narrowWidth
      title={link.purpose === "invite" ? "Welcome to Support Packs" : "Choose a new password"}
    >
      <Card>
        <Form method="post">
          <BlockStack gap="400">
            <Text as="p">
              {link.name} ({link.email}): choose a password of {link.minLength} to {link.maxLength}{" "}
              characters.
              {link.purpose === "reset" ? " Saving it signs you out on every other device." : ""}
            </Text>
            <FormError data={result} fields={["password", "confirmation"]} />
            <CsrfField token={link.csrf} />
            <FormLayout>
              <FormField label="Password" name="password" type="password" autoComplete="new-password" />
              <FormField
                label="Password again"
                name="confirmation"
                type="password"
                autoComplete="new-password"
              />
              <Button submit variant="primary">
                Save password and log in
              </Button>
            </FormLayout>
          </BlockStack>
        </Form>
      </Card>
    </Page>
  );
}
