import { Form } from "@remix-run/react";
import { BlockStack, Button, Card, InlineStack, Text, TextField } from "@shopify/polaris";
import { useState } from "react";

interface Developer {
  developerId: string;
  name: string;
  email: string;
  source: "merchant" | "offer";
}

/** Connected developers with Revoke, and a form to connect one by email. */
export function DevelopersCard({ developers }: { developers: Developer[] }) {
  const [email, setEmail] = useState("");
  return (
    <Card>
      <BlockStack gap="400">
        {developers.length === 0 ? (
          <Text as="p" tone="subdued">
            No developer is connected yet.
          </Text>
        ) : (
          developers.map((developer) => (
            <InlineStack key={developer.developerId} align="space-between" blockAlign="center">
              <BlockStack>
                <Text as="span" fontWeight="semibold">
                  {developer.name}
                </Text>
                <Text as="span" tone="subdued">
                  {developer.email}
                  {developer.source === "offer" ? " · through a pack they sold you" : ""}
                </Text>
              </BlockStack>
              <Form method="post">
                <input type="hidden" name="intent" value="revoke" />
                <input type="hidden" name="developerId" value={developer.developerId} />
                <Button submit tone="critical" variant="plain">
                  Revoke access
                </Button>
              </Form>
            </InlineStack>
          ))
        )}
        <Form method="post" onSubmit={() => setEmail("")}>
          <input type="hidden" name="intent" value="connect" />
          <InlineStack gap="200" blockAlign="end">
            <TextField
              label="Connect a developer by email"
              type="email"
              name="email"
              value={email}
              onChange={setEmail}
              autoComplete="email"
            />
            <Button submit>Connect</Button>
          </InlineStack>
        </Form>
      </BlockStack>
    </Card>
  );
}
