import { Action, P } from "./layout";

/** An invite to the developer portal, with the single-use link to choose a password. */
export function InviteEmail(props: { name: string; link: string; validUntil: string }) {
  return (
    <>
      <P>Hi {props.name},</P>
      <P>
        You are invited to the Support Packs developer portal, where you quote work for the stores you work
        with, log your time and invoice. Choose a password to set up your account.
      </P>
      <Action href={props.link}>Set up your account</Action>
      <P>The link works once, until {props.validUntil}. If it has expired, ask the company for a new one.</P>
    </>
  );
}

/** A company-issued password link. */
export function PasswordResetEmail(props: { name: string; link: string; validUntil: string }) {
  return (
    <>
      <P>Hi {props.name},</P>
      <P>
        The company issued a link for you to choose a new password for the Support Packs developer portal.
        Using it signs you out everywhere else.
      </P>
      <Action href={props.link}>Choose a new password</Action>
      <P>
        The link works once, until {props.validUntil}. If you did not ask for it, tell the company: your
        password stays as it is until the link is used.
      </P>
    </>
  );
}
