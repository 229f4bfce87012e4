import { Action, Facts, P } from "./layout";

/** To a developer: a store asks to connect with them. */
export function ConnectionRequestEmail(props: { store: string; note: string | null; url: string }) {
  return (
    <>
      <P>
        {props.store} asks to connect with you on Support Packs. Once you accept, you see the store&apos;s
        hours and can send it quotes and offer links.
      </P>
      {props.note ? <P>Their note: {props.note}</P> : null}
      <Action href={props.url}>Answer the request</Action>
    </>
  );
}

/** To company admins: a merchant disputed the time charged over an estimate. */
export function DisputeOpenedEmail(props: {
  store: string;
  title: string;
  developer: string;
  estimate: string;
  actual: string;
  reason: string | null;
  url: string;
}) {
  return (
    <>
      <P>
        {props.store} disputes the time {props.developer} recorded on &quot;{props.title}&quot;. The hold
        stays until the company resolves it with the hours to charge.
      </P>
      <Facts
        rows={[
          ["Store", props.store],
          ["Developer", props.developer],
          ["Estimate", props.estimate],
          ["Actual", props.actual],
        ]}
      />
      {props.reason ? <P>The merchant&apos;s reason: {props.reason}</P> : null}
      <Action href={props.url}>Resolve the dispute</Action>
    </>
  );
}
