import { Form, useActionData, useFetcher } from "@remix-run/react";
import { BlockStack, Button, Card, InlineStack, Text, TextField } from "@shopify/polaris";
import { useState } from "react";
import { formatHours, minutesToHours } from "../../ledger/units";
import { fieldError, namesField } from "../../lib/result";
import { CsrfField } from "./CsrfField";

/** The fields of a time entry form (they show their own errors). */
export const ENTRY_FIELDS = ["workedOn", "hours", "note"] as const;

interface Entry {
  id: string;
  workedOn: string;
  minutes: number;
  note: string;
}

interface EntryFieldsProps {
  entry?: Entry;
  intent: string;
  label: string;
  /** The server's date (YYYY-MM-DD), the default for new entries: the preview may move its clock. */
  today: string;
}

function EntryFields({ entry, intent, label, today }: EntryFieldsProps) {
  const [workedOn, setWorkedOn] = useState(entry?.workedOn ?? today);
  const [hours, setHours] = useState(entry ? String(minutesToHours(entry.minutes)) : "");
  const [note, setNote] = useState(entry?.note ?? "");
  // Each logged entry's form has its own answer (a fetcher), so that its errors show on its row;
  // the form for a new entry is the page's, like its other forms.
  const fetcher = useFetcher();
  const pageResult = useActionData();
  const result = entry ? fetcher.data : pageResult;
  const EntryForm = entry ? fetcher.Form : Form;
  const failure = result as { ok?: boolean; message?: string } | undefined;
  return (
    <EntryForm method="post">
      <CsrfField />
      <input type="hidden" name="intent" value={intent} />
      {entry ? <input type="hidden" name="entryId" value={entry.id} /> : null}
      <BlockStack gap="100">
        <InlineStack gap="200" blockAlign="end">
          <TextField
            label="Date"
            name="workedOn"
            type="date"
            value={workedOn}
            onChange={setWorkedOn}
            autoComplete="off"
            error={fieldError(result, "workedOn")}
          />
          <TextField
            label="Hours"
            name="hours"
            value={hours}
            onChange={setHours}
            autoComplete="off"
            error={fieldError(result, "hours")}
          />
          <TextField
            label="Note"
            name="note"
            value={note}
            onChange={setNote}
            autoComplete="off"
            error={fieldError(result, "note")}
          />
          <Button submit>{label}</Button>
        </InlineStack>
        {entry && failure?.ok === false && !namesField(failure, ENTRY_FIELDS) ? (
          <Text as="p" tone="critical">
            {failure.message}
          </Text>
        ) : null}
      </BlockStack>
    </EntryForm>
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
  today,
}: {
  entries: Entry[];
  editable: boolean;
  loggedMinutes: number;
  today: string;
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
              <EntryFields entry={entry} intent="update-time" label="Save" today={today} />
              <DeleteEntry id={entry.id} />
            </InlineStack>
          ) : (
            <Text as="p" key={entry.id}>
              {entry.workedOn} · {formatHours(entry.minutes)} {entry.note ? `· ${entry.note}` : ""}
            </Text>
          ),
        )}
        {editable ? <EntryFields intent="add-time" label="Log time" today={today} /> : null}
      </BlockStack>
    </Card>
  );
}
