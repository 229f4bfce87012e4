import { Form } from "@remix-run/react";
import { BlockStack, Button, Card, Checkbox, Text } from "@shopify/polaris";
import { TextInput } from "./TextInput";
import { useState } from "react";
import { MERCHANT_PREFERENCES, type MerchantPreference } from "../services/email/kinds";

interface Props {
  preferences: Record<MerchantPreference, boolean>;
  reminderEmail: string;
  /** The store's email from Shopify, used when `reminderEmail` is empty. */
  contactEmail: string | null;
  /** The answer's error for the address, shown under it. */
  emailError?: string;
}

const KINDS = Object.keys(MERCHANT_PREFERENCES) as MerchantPreference[];
const FIELD: Record<MerchantPreference, string> = {
  expiry_reminder: "remindBeforeExpiry",
  window_reminder: "remindDuringWindow",
  quote_waiting: "emailQuoteWaiting",
  overrun_waiting: "emailOverrunWaiting",
  purchase_credited: "emailPurchaseCredited",
};

/** Which emails the app sends the merchant, and where. */
export function RemindersCard(props: Props) {
  const [on, setOn] = useState(props.preferences);
  const fallback = props.contactEmail
    ? `Leave empty to use your store's email, ${props.contactEmail} (from your Shopify settings).`
    : "Leave empty to use your store's email from your Shopify settings.";
  return (
    <Card>
      <Form method="post">
        <BlockStack gap="300">
          <input type="hidden" name="intent" value="reminders" />
          {KINDS.map((kind) => (
            <input key={kind} type="hidden" name={FIELD[kind]} value={String(on[kind])} />
          ))}
          <Text as="p" variant="headingSm">
            Email me about
          </Text>
          {KINDS.map((kind) => (
            <Checkbox
              key={kind}
              label={MERCHANT_PREFERENCES[kind].label}
              checked={on[kind]}
              onChange={(checked) => setOn({ ...on, [kind]: checked })}
            />
          ))}
          <TextInput
            label="Send emails to"
            type="email"
            name="reminderEmail"
            initial={props.reminderEmail}
            autoComplete="email"
            helpText={fallback}
            error={props.emailError}
          />
          <Button submit>Save email settings</Button>
        </BlockStack>
      </Form>
    </Card>
  );
}
