import { Form } from "@remix-run/react";
import { BlockStack, Button, Card, Checkbox, TextField } from "@shopify/polaris";
import { useState } from "react";

interface Props {
  remindBeforeExpiry: boolean;
  remindDuringWindow: boolean;
  reminderEmail: string;
  /** The answer's error for the address, shown under it. */
  emailError?: string;
}

/** The shop's reminder preferences. */
export function RemindersCard(props: Props) {
  const [before, setBefore] = useState(props.remindBeforeExpiry);
  const [window, setWindow] = useState(props.remindDuringWindow);
  const [email, setEmail] = useState(props.reminderEmail);
  return (
    <Card>
      <Form method="post">
        <BlockStack gap="300">
          <input type="hidden" name="intent" value="reminders" />
          <input type="hidden" name="remindBeforeExpiry" value={String(before)} />
          <input type="hidden" name="remindDuringWindow" value={String(window)} />
          <Checkbox label="Remind me before hours expire" checked={before} onChange={setBefore} />
          <Checkbox
            label="Remind me while expired hours can still move into a new pack"
            checked={window}
            onChange={setWindow}
          />
          <TextField
            label="Send reminders to"
            type="email"
            name="reminderEmail"
            value={email}
            onChange={setEmail}
            autoComplete="email"
            helpText="Leave empty to use your store's contact email."
            error={props.emailError}
          />
          <Button submit>Save reminders</Button>
        </BlockStack>
      </Form>
    </Card>
  );
}
