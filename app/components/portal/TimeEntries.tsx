import { Form } from "@remix-run/react";
import { BlockStack, Button, Card, InlineStack, Text, TextField } from "@shopify/polaris";
import { useState } from "react";
import { formatHours, minutesToHours } from "../../ledger/units";
import { CsrfField } from "./CsrfField";

interface Entry {
  id: string;
  workedOn: string;
  minutes: number;
  note: string;
}

function EntryFields({ entry, intent, label }: { entry?: Entry; intent: string; label: string }) {
  const [workedOn, setWorkedOn] = useState(entry?.workedOn ?? new Date().toISOString().slice(0, 10));
  const [hours, setHours] = useState(entry ? String(minutesToHours(entry.minutes)) : "");
  const [note, setNote] = useState(entry?.note ?? "");
  return (
    <Form method="post">
      <CsrfField />
      <input type="hidden" name="intent" value={intent} />
      {entry ? <input type="hidden" name="entryId" value={entry.id} /> : null}
      <InlineStack gap="200" blockAlign="end">
        <TextField
          label="Date"
          name="workedOn"
          type="date"
          value={workedOn}
          onChange={setWorkedOn}
          autoComplete="off"
        />
        <TextField label="Hours" name="hours" value={hours} onChange={setHours} autoComplete="off" />
        <TextField label="Note" name="note" value={note} onChange={setNote} autoComplete="off" />
        <Button submit>{label}</Button>
      </InlineStack>
    </Form>
  );
}

function DeleteEntry({ id }: { id: string }) {
  return (
    <Form method="post">
      <CsrfField />
      <input type="hidden" name="intent" value="delete-time" />
      <input type="hidden" name="entryId" value={id} />
      <Button submit variant="plain" tone="critical">
        Delete
      </Button>
    </Form>
  );
}

/** The time logged on a quote; editable while the quote is approved. */
export function TimeEntries({
  entries,
  editable,
  loggedMinutes,
}: {
  entries: Entry[];
  editable: boolean;
  loggedMinutes: number;
}) {
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          Time logged: {formatHours(loggedMinutes)}
        </Text>
        {entries.map((entry) =>
          editable ? (
            <InlineStack key={entry.id} gap="200" blockAlign="end">
              <EntryFields entry={entry} intent="update-time" label="Save" />
              <DeleteEntry id={entry.id} />
            </InlineStack>
          ) : (
            <Text as="p" key={entry.id}>
              {entry.workedOn} · {formatHours(entry.minutes)} {entry.note ? `· ${entry.note}` : ""}
            </Text>
          ),
        )}
        {editable ? <EntryFields intent="add-time" label="Log time" /> : null}
      </BlockStack>
    </Card>
  );
}
