import { isRouteErrorResponse } from "@remix-run/react";
import { Banner, BlockStack, Button, InlineStack, List, Text } from "@shopify/polaris";
import { ArrowLeftIcon } from "@shopify/polaris-icons";
import { PlainPage } from "./PlainPage";

interface FieldError {
  field: string;
  message: string;
}

/** What a route error boundary caught, as words: our own page errors carry `{ message, errors }`. */
export function describeError(
  error: unknown,
): { status: number; message: string; errors: FieldError[] } | null {
  if (!isRouteErrorResponse(error)) {
    return { status: 500, message: "Something went wrong on our side. Try again in a moment.", errors: [] };
  }
  const body = error.data as { message?: unknown; errors?: unknown } | null;
  if (!body || typeof body !== "object" || typeof body.message !== "string") return null;
  return {
    status: error.status,
    message: body.message,
    errors: Array.isArray(body.errors) ? body.errors : [],
  };
}

const TITLES: Record<number, string> = { 400: "Check the link", 403: "Not allowed", 404: "Not found" };

/** A page for an error: what happened, what to do, and a way back. Text only, never HTML. */
export function ErrorPage({
  status,
  message,
  errors,
  back,
}: {
  status: number;
  message: string;
  errors: FieldError[];
  back: { content: string; url: string };
}) {
  return (
    <PlainPage>
      <BlockStack gap="400">
        {/* Polaris Page's header, as it draws a back action and a title, without its code. */}
        <InlineStack gap="200" blockAlign="center" wrap={false}>
          <Button url={back.url} icon={ArrowLeftIcon} accessibilityLabel={back.content} />
          <Text as="h1" variant="headingLg">
            {TITLES[status] ?? "Something went wrong"}
          </Text>
        </InlineStack>
        <Banner tone={status >= 500 ? "critical" : "warning"}>
          <BlockStack gap="200">
            <p>{message}</p>
            {errors.length > 1 ? (
              <List>
                {errors.map((e) => (
                  <List.Item key={e.field}>{e.message}</List.Item>
                ))}
              </List>
            ) : null}
          </BlockStack>
        </Banner>
      </BlockStack>
    </PlainPage>
  );
}
