import type { ReactElement } from "react";
import type { Recipient } from "../preferences.server";

/** The recipient as a message is written for them. */
export interface Addressee {
  recipient: Recipient;
  address: string;
  name: string;
  /** The store's time zone for a merchant; UTC for developers. */
  timeZone: string;
  /** A merchant's store domain. */
  shopDomain: string | null;
}

/** A message ready for the layout: subject, heading, body, and why the recipient gets it. */
export interface Composed {
  subject: string;
  heading: string;
  body: ReactElement;
  reason: string;
}

/** Builds one kind's message from its job data, or null when what it is about no longer applies. */
export type Composer = (data: Record<string, unknown>, to: Addressee, now: Date) => Promise<Composed | null>;
