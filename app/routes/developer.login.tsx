import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Banner, BlockStack, Button, Card, FormLayout, Page, Text } from "@shopify/polaris";
import { z } from "zod";
import { CsrfField } from "../components/portal/CsrfField";
import { FormError } from "../components/portal/FormError";
import { FormField } from "../components/portal/FormField";
import { anonymousCsrf, optionalDeveloper, requireAnonymousForm, safeNext } from "../portal/auth.server";
import { clientIp } from "../portal/client-ip.server";
import { SESSION_COOKIE, readCookie, sessionCookie } from "../portal/cookies.server";
import { line, oneOf, parse } from "../lib/forms";
import { badRequest, refuse } from "../lib/http.server";
import { login } from "../services/developers/login.server";
import * as clock from "../clock.server";

const LoginQuery = z.object({ next: line(2000).optional(), reason: oneOf(["ended"]).optional() });

export const loader = async ({ request }: LoaderFunctionArgs) => {
  if (await optionalDeveloper(request)) throw redirect("/developer");
  const query = parse(LoginQuery, new URL(request.url).searchParams);
  if (!query.ok) throw badRequest(query);
  const csrf = anonymousCsrf(request);
  const next = safeNext(query.data.next);
  return data(
    { csrf: csrf.token, next, ended: query.data.reason === "ended" },
    csrf.setCookie ? { headers: { "Set-Cookie": csrf.setCookie } } : {},
  );
};

const LoginForm = z.object({
  email: line(254, 1),
  // Its length limit (MAX_PASSWORD_LENGTH) is the login service's, checked at the cost of any attempt.
  password: z.string({ error: "must be text." }),
  next: line(2000).optional(),
});

export const action = async ({ request, context }: ActionFunctionArgs) => {
  const parsed = parse(LoginForm, await requireAnonymousForm(request));
  if (!parsed.ok) return refuse(parsed);
  const form = parsed.data;
  const result = await login(
    {
      email: form.email,
      password: form.password,
      ip: clientIp(request, context),
      previousToken: readCookie(request, SESSION_COOKIE),
    },
    clock.now(),
  );
  if (!result.ok) return refuse(result);
  throw redirect(safeNext(form.next), { headers: { "Set-Cookie": sessionCookie(result.token) } });
};

export default function Login() {
  const { csrf, next, ended } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();

  return (
    <Page narrowWidth title="Developer portal">
      <Card>
        <Form method="post">
          <BlockStack gap="400">
            {ended ? (
              <Banner tone="info" title="Your session ended">
                <p>
                  Your session ended because it expired or was closed (moving the preview&apos;s clock ends it
                  too), so you were logged out. Log in again to continue where you were.
                </p>
              </Banner>
            ) : null}
            <Text as="p">Log in with the email the company invited.</Text>
            <FormError data={result} fields={["email", "password"]} />
            <CsrfField token={csrf} />
            <input type="hidden" name="next" value={next} />
            <FormLayout>
              <FormField label="Email" name="email" type="email" autoComplete="username" />
              <FormField label="Password" name="password" type="password" autoComplete="current-password" />
              <Button submit variant="primary" loading={navigation.state === "submitting"}>
                Log in
              </Button>
            </FormLayout>
            <Text as="p" tone="subdued">
              Forgot your password? Ask the company for a reset link; it signs you out everywhere else.
            </Text>
          </BlockStack>
        </Form>
      </Card>
    </Page>
  );
}
