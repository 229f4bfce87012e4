import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { AppProvider as PolarisAppProvider, Button, Card, FormLayout, Text } from "@shopify/polaris";
import { PlainPage } from "../../components/PlainPage";
import polarisTranslations from "@shopify/polaris/locales/en.json";
import polarisStyles from "@shopify/polaris/build/esm/styles.css?url";
import { TextInput } from "../../components/TextInput";
import { z } from "zod";
import { line, parse } from "../../lib/forms";
import { readForm, refuse } from "../../lib/http.server";
import { fail, fieldError } from "../../lib/result";
import { login } from "../../shopify.server";
import { loginErrorMessage } from "./error.server";

export const links = () => [{ rel: "stylesheet", href: polarisStyles }];

// The shop's domain or name (at most 255 characters, a DNS name's limit); Shopify's login checks
// its format and answers with an error or a redirect to the store's install page.
const LoginForm = z.object({ shop: line(255, 1) });

async function answer(request: Request, fields: FormData | URLSearchParams) {
  const parsed = parse(LoginForm, fields);
  if (!parsed.ok) return refuse(parsed);
  const problem = loginErrorMessage(await login(request)).shop;
  return problem ? refuse(fail("invalid_input", problem, { field: "shop" })) : null;
}

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const query = new URL(request.url).searchParams;
  return query.has("shop") ? answer(request, query) : null;
};

export const action = async ({ request }: ActionFunctionArgs) => {
  return answer(request, await readForm(request.clone()));
};

export default function Auth() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const shopError = fieldError(actionData ?? loaderData, "shop");

  return (
    <PolarisAppProvider i18n={polarisTranslations}>
      <PlainPage>
        <Card>
          <Form method="post">
            <FormLayout>
              <Text variant="headingMd" as="h2">
                Log in
              </Text>
              <TextInput
                type="text"
                name="shop"
                label="Shop domain"
                helpText="example.myshopify.com"
                autoComplete="on"
                error={shopError}
              />
              <Button submit>Log in</Button>
            </FormLayout>
          </Form>
        </Card>
      </PlainPage>
    </PolarisAppProvider>
  );
}
