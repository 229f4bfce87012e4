import { Action, Facts, P } from "./layout";

/** What every quote email says of its quote: its title, its estimate, and where the reader opens it. */
export interface QuoteFacts {
  title: string;
  estimate: string;
  quoteUrl: string;
}

/** To the merchant: a developer's quote waits for approval. */
export function QuoteWaitingEmail(props: QuoteFacts & { developer: string }) {
  return (
    <>
      <P>
        {props.developer} sent you a quote: approving it holds {props.estimate} of your hours until the work
        is done, then the actual time is charged.
      </P>
      <Facts
        rows={[
          ["Quote", props.title],
          ["Estimate", props.estimate],
        ]}
      />
      <Action href={props.quoteUrl}>Review the quote</Action>
    </>
  );
}

/** To the merchant: the actual time went over the estimate by more than the tolerance. */
export function OverrunWaitingEmail(
  props: QuoteFacts & { developer: string; actual: string; extra: string },
) {
  return (
    <>
      <P>
        {props.developer} completed &quot;{props.title}&quot; in {props.actual}, {props.extra} over the{" "}
        {props.estimate} you approved. Nothing more is charged until you approve the extra time or dispute it.
      </P>
      <Facts
        rows={[
          ["Estimate", props.estimate],
          ["Actual", props.actual],
          ["Over the estimate", props.extra],
        ]}
      />
      <Action href={props.quoteUrl}>Approve or dispute</Action>
    </>
  );
}

/** To the merchant and the developer: the company resolved a disputed overrun. */
export function DisputeResolvedEmail(
  props: QuoteFacts & { store: string; actual: string; charged: string; reason: string | null },
) {
  return (
    <>
      <P>
        The company resolved the dispute on &quot;{props.title}&quot; ({props.store}): {props.charged} was
        charged, and the rest of the hold went back to the store&apos;s hours.
      </P>
      <Facts
        rows={[
          ["Estimate", props.estimate],
          ["Time recorded", props.actual],
          ["Charged", props.charged],
        ]}
      />
      {props.reason ? <P>The company&apos;s reason: {props.reason}</P> : null}
      <Action href={props.quoteUrl}>Open the quote</Action>
    </>
  );
}

/** To the developer: the merchant approved, declined or paid a quote. */
export function QuoteDecisionEmail(
  props: QuoteFacts & {
    decision: "approved" | "declined" | "paid";
    store: string;
    reason: string | null;
    price: string | null;
  },
) {
  const next = {
    approved: `The estimate is held on the store's hours. Log your time and complete the quote when the work is done.`,
    declined: "Nothing is held. You can send the store another quote.",
    paid: `The store paid ${props.price ?? "the quote"} as a custom quote: no hours are drawn, and you are paid the quoted hours when you complete it.`,
  }[props.decision];
  return (
    <>
      <P>
        {props.store} {props.decision} your quote &quot;{props.title}&quot; ({props.estimate}).
      </P>
      {props.reason ? <P>Their reason: {props.reason}</P> : null}
      <P>{next}</P>
      <Action href={props.quoteUrl}>Open the quote</Action>
    </>
  );
}
