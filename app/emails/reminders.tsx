import { Action, Facts, P } from "./layout";

/** What a reminder says, already in the recipient's terms (store dates, hours in h). */
export interface ReminderFacts {
  /** The banner's sentence: "6 h expire on Aug 31." */
  message: string;
  hours: string;
  expiresOn: string;
  /** The last day to buy a pack and keep expired hours (an open window), else null. */
  buyBy: string | null;
}

/** To the merchant: hours about to expire, or expired and still keepable. */
export function MerchantReminderEmail(props: ReminderFacts & { packUrl: string; buyUrl: string }) {
  return (
    <>
      <P>{props.message}</P>
      {props.buyBy ? (
        <P>Buy any pack by {props.buyBy} and these hours move into it, valid as long as the new pack.</P>
      ) : (
        <P>Ask your developer for a quote to use them before they expire, or buy a pack to keep working.</P>
      )}
      <Facts
        rows={[
          ["Hours", props.hours],
          [props.buyBy ? "Expired on" : "Expire on", props.expiresOn],
          ...(props.buyBy ? ([["Buy a pack by", props.buyBy]] as const) : []),
        ]}
      />
      <Action href={props.buyBy ? props.buyUrl : props.packUrl}>
        {props.buyBy ? "Buy a pack" : "See the pack"}
      </Action>
    </>
  );
}

/** To a developer: a client's hours about to expire, or expired and still keepable. */
export function ClientReminderEmail(props: ReminderFacts & { store: string; storeUrl: string }) {
  return (
    <>
      <P>
        {props.store}: {props.message}
      </P>
      <P>
        {props.buyBy
          ? `If the store buys a pack by ${props.buyBy}, the hours move into it. Send them an offer link.`
          : "Quote work that uses them, or remind the store before they expire."}
      </P>
      <Facts
        rows={[
          ["Store", props.store],
          ["Hours", props.hours],
          [props.buyBy ? "Expired on" : "Expire on", props.expiresOn],
        ]}
      />
      <Action href={props.storeUrl}>Open the store in the portal</Action>
    </>
  );
}
