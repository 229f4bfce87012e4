import { Form, useActionData, useFetcher } from "@remix-run/react";
import { BlockStack, InlineStack, Text, TextField, Button } from "@shopify/polaris";
import { SectionCard } from "../SectionCard";
import { useState } from "react";
import { minutesToHours } from "../../ledger/units";
import { day, hours } from "../../lib/format";
import { fieldError, namesField } from "../../lib/result";
import { ConfirmButton } from "./ConfirmButton";
import { IntentForm } from "./IntentForm";
import { useSuccessToast } from "./PortalFrame";

/** The fields of a time entry form (they show their own errors). */
export const ENTRY_FIELDS = ["workedOn", "hours", "note"] as const;

interface Entry {
  id: string;
  workedOn: string;
  minutes: number;
  note: string;
}

/** The days work can be logged on, in the store's calendar (YYYY-MM-DD): the quote's lifetime so far. */
export interface EntryDays {
  /** The day the quote was created. */
  first: string;
  /** Today: the server's clock (the preview may move it). */
  today: string;
}

interface EntryFieldsProps {
  entry?: Entry;
  intent: string;
  label: string;
  days: EntryDays;
}

function EntryFields({ entry, intent, label, days }: EntryFieldsProps) {
  const [workedOn, setWorkedOn] = useState(entry?.workedOn ?? days.today);
  const [hours, setHours] = useState(entry ? String(minutesToHours(entry.minutes)) : "");
  const [note, setNote] = useState(entry?.note ?? "");
  // Each logged entry's form has its own answer (a fetcher), so that its errors show on its row;
  // the form for a new entry is the page's, like its other forms.
  const fetcher = useFetcher();
  const pageResult = useActionData();
  const result = entry ? fetcher.data : pageResult;
  useSuccessToast(entry ? fetcher.data : undefined, () => "Time entry saved.");

  const failure = result as { ok?: boolean; message?: string } | undefined;
  const row = entry ? ` of the entry on ${day(entry.workedOn)}` : "";
  return (
    <IntentForm
      form={entry ? fetcher.Form : Form}
      intent={intent}
      fields={entry ? { entryId: entry.id } : {}}
    >
      <BlockStack gap="100">
        <InlineStack gap="200" blockAlign="end">
          <TextField
            label={entry ? `Date${row}` : "Date"}
            labelHidden={Boolean(entry)}
            name="workedOn"
            type="date"
            min={days.first}
            max={days.today}
            value={workedOn}
            onChange={setWorkedOn}
            autoComplete="off"
            error={fieldError(result, "workedOn")}
          />
          <TextField
            label={entry ? `Hours${row}` : "Hours"}
            labelHidden={Boolean(entry)}
            name="hours"
            value={hours}
            onChange={setHours}
            autoComplete="off"
            error={fieldError(result, "hours")}
          />
          <TextField
            label={entry ? `Note${row}` : "Note"}
            labelHidden={Boolean(entry)}
            name="note"
            value={note}
            onChange={setNote}
            autoComplete="off"
            error={fieldError(result, "note")}
          />
          <Button submit accessibilityLabel={entry ? `Save the entry on ${day(entry.workedOn)}` : undefined}>
            {label}
          </Button>
        </InlineStack>
        {entry && failure?.ok === false && !namesField(failure, ENTRY_FIELDS) ? (
          <Text as="p" tone="critical">
            {failure.message}
          </Text>
        ) : null}
      </BlockStack>
    </IntentForm>
  );
}

function DeleteEntry({ entry, loggedMinutes }: { entry: Entry; loggedMinutes: number }) {
  const what = `${hours(entry.minutes)} on ${day(entry.workedOn)}${entry.note ? ` (“${entry.note}”)` : ""}`;
  return (
    <IntentForm intent="delete-time" fields={{ entryId: entry.id }}>
      <ConfirmButton
        variant="plain"
        tone="critical"
        destructive
        accessibilityLabel={`Delete ${what}`}
        title="Delete this time entry?"
        confirmLabel="Delete entry"
        body={`${what} is deleted for good. The time logged on this quote goes down to ${hours(loggedMinutes - entry.minutes)}.`}
      >
        Delete
      </ConfirmButton>
    </IntentForm>
  );
}

/** The time logged on a quote; editable while the quote is approved. */
export function TimeEntries({
  entries,
  editable,
  loggedMinutes,
  days,
}: {
  entries: Entry[];
  editable: boolean;
  loggedMinutes: number;
  days: EntryDays;
}) {
  return (
    <SectionCard title={`Time logged: ${hours(loggedMinutes)}`}>
      {entries.map((entry) =>
        editable ? (
          <InlineStack key={entry.id} gap="200" blockAlign="end">
            <EntryFields entry={entry} intent="update-time" label="Save" days={days} />
            <DeleteEntry entry={entry} loggedMinutes={loggedMinutes} />
          </InlineStack>
        ) : (
          <Text as="p" key={entry.id}>
            {day(entry.workedOn, { year: true })} · {hours(entry.minutes)}{" "}
            {entry.note ? `· ${entry.note}` : ""}
          </Text>
        ),
      )}
      {editable ? (
        <>
          <Text as="h3" variant="headingSm">
            Log time
          </Text>
          {/* Keyed by the entries: a logged entry empties the form, so it is not sent twice. */}
          <EntryFields key={entries.map((e) => e.id).join()} intent="add-time" label="Log time" days={days} />
          <Text as="p" tone="subdued">
            Dates from {day(days.first, { year: true })} (the quote&apos;s creation) to today, in the
            store&apos;s time zone.
          </Text>
        </>
      ) : null}
    </SectionCard>
  );
}
