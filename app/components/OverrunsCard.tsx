import { Form } from "@remix-run/react";
import { BlockStack, Button, Card, Checkbox, InlineStack, Text } from "@shopify/polaris";
import { TextInput } from "./TextInput";
import { useState } from "react";

interface Props {
  /** The saved tolerance; null: off. */
  tolerancePercent: number | null;
  error?: string;
}

/** Overrun approval: ask before charging more than a percentage over an estimate. */
export function OverrunsCard({ tolerancePercent, error }: Props) {
  const [ask, setAsk] = useState(tolerancePercent !== null);
  return (
    <Card>
      <Form method="post">
        <BlockStack gap="300">
          <input type="hidden" name="intent" value="overruns" />
          <input type="hidden" name="askBeforeOverrun" value={String(ask)} />
          <InlineStack gap="200" blockAlign="center" wrap={false}>
            <Checkbox label="Ask me before charging more than" checked={ask} onChange={setAsk} />
            <div style={{ width: 90 }}>
              <TextInput
                label="Percent over the estimate"
                labelHidden
                name="overrunTolerancePercent"
                type="number"
                min={0}
                max={1000}
                suffix="%"
                initial={String(tolerancePercent ?? 10)}
                disabled={!ask}
                error={error}
              />
            </div>
            <Text as="span">over an estimate</Text>
          </InlineStack>
          <Text as="p" tone="subdued">
            When a developer reports more time than that, nothing is charged until you approve the extra time
            or dispute it. Off: you are charged the actual time, as agreed when you approve a quote.
          </Text>
          <InlineStack>
            <Button submit>Save</Button>
          </InlineStack>
        </BlockStack>
      </Form>
    </Card>
  );
}
