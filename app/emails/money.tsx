import { Action, Facts, P } from "./layout";

/** To the merchant: a purchase became hours (with any hours carried in from an expired pack). */
export function PurchaseCreditedEmail(props: {
  pack: string;
  hours: string;
  carriedIn: string | null;
  expiresOn: string | null;
  packUrl: string;
}) {
  return (
    <>
      <P>
        Your {props.pack} is paid: {props.hours} are ready for your developers&apos; quotes
        {props.carriedIn ? `, plus ${props.carriedIn} carried in from your expired pack` : ""}.
      </P>
      <Facts
        rows={[
          ["Hours bought", props.hours],
          ...(props.carriedIn ? ([["Carried in", props.carriedIn]] as const) : []),
          ["Valid until", props.expiresOn ?? "no expiry"],
        ]}
      />
      <Action href={props.packUrl}>See the pack</Action>
    </>
  );
}

/** To the developer: a pack's compensation is final; it can go on an invoice. */
export function SettlementFinalEmail(props: {
  store: string;
  pack: string;
  basis: string;
  hours: string;
  url: string;
}) {
  return (
    <>
      <P>
        {props.store}&apos;s {props.pack} is settled: you are paid for {props.hours} ({props.basis}). Mark it
        completed and invoice it from Settlements.
      </P>
      <Facts
        rows={[
          ["Store", props.store],
          ["Pack", props.pack],
          ["Hours paid", props.hours],
        ]}
      />
      <Action href={props.url}>Invoice it</Action>
    </>
  );
}

/** To company admins: a developer submitted an invoice. */
export function InvoiceSubmittedEmail(props: {
  number: string;
  developer: string;
  hours: string;
  amount: string;
  url: string;
}) {
  return (
    <>
      <P>
        {props.developer} submitted {props.number} for {props.amount} ({props.hours}). Approve it, then mark
        it paid once the money is sent.
      </P>
      <Facts
        rows={[
          ["Invoice", props.number],
          ["Developer", props.developer],
          ["Hours", props.hours],
          ["Amount", props.amount],
        ]}
      />
      <Action href={props.url}>Open invoices</Action>
    </>
  );
}
