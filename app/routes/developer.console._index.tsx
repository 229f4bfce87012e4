import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { BlockStack, Page } from "@shopify/polaris";
import { z } from "zod";
import { LinkBanner } from "../components/portal/LinkBanner";
import { DeveloperRow, INVITE_FIELDS, InviteForm } from "../components/portal/ConsoleDevelopers";
import { WaitingRequests } from "../components/portal/WaitingRequests";
import { FormError } from "../components/portal/FormError";
import { requireAdmin, requireDeveloperAction } from "../portal/auth.server";
import { dollars, email, id, line, oneOf, parse } from "../lib/forms";
import { refuse } from "../lib/http.server";
import { inviteDeveloper, issuePasswordReset } from "../services/developers/accounts.server";
import { listWaitingAddresses } from "../services/developers/connection-requests.server";
import {
  deactivateDeveloper,
  listDevelopers,
  reactivateDeveloper,
  setPayoutRate,
} from "../services/developers/console.server";
import * as clock from "../clock.server";
import { dateTimeOf, dayOf } from "../lib/format";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const session = await requireAdmin(request);
  const waiting = (await listWaitingAddresses()).map((address) => ({
    ...address,
    // The console counts days in UTC, as its invoices and report do.
    requests: address.requests.map((r) => ({ domain: r.domain, sentOn: dayOf(r.sentAt, "UTC") })),
  }));
  return { developers: await listDevelopers(), waiting, me: session.developer.id };
};

const ConsoleAction = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("invite"),
    email: email(),
    name: line(200).default(""),
    role: oneOf(["developer", "admin"]).default("developer"),
  }),
  z.object({ intent: z.literal("rate"), developerId: id(), rate: dollars(0, 10_000) }),
  z.object({ intent: z.literal("deactivate"), developerId: id() }),
  z.object({ intent: z.literal("reactivate"), developerId: id() }),
  z.object({ intent: z.literal("reset"), developerId: id() }),
]);

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session, form } = await requireDeveloperAction(request, { admin: true });
  const parsed = parse(ConsoleAction, form);
  if (!parsed.ok) return refuse(parsed);
  const input = parsed.data;
  const now = clock.now();
  if (input.intent === "invite" || input.intent === "reset") {
    const issued =
      input.intent === "invite"
        ? await inviteDeveloper({ email: input.email, name: input.name, role: input.role }, now)
        : await issuePasswordReset(input.developerId, now);
    if (!issued.ok) return refuse(issued);
    return {
      link: {
        url: issued.link,
        email: issued.developer.email,
        expiresAt: issued.expiresAt.toISOString(),
        emailed: issued.emailed,
      },
    };
  }
  let result;
  if (input.intent === "rate") {
    result = await setPayoutRate(input.developerId, input.rate);
  } else if (input.intent === "deactivate") {
    result = await deactivateDeveloper(session.developer.id, input.developerId, now);
  } else {
    result = await reactivateDeveloper(input.developerId);
  }
  if (!result.ok) return refuse(result);
  return { ok: true as const, done: input.intent };
};

export default function ConsoleDevelopers() {
  const { developers, waiting, me } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const link = result && "link" in result ? result.link : null;
  return (
    <Page title="Developers">
      <BlockStack gap="400">
        <FormError data={result} fields={INVITE_FIELDS} />
        {link ? (
          <LinkBanner title={`Single-use link for ${link.email}`} url={link.url}>
            {link.emailed ? "It is also emailed to them. " : "Send it to them yourself (email is off). "}
            It works once, until {dateTimeOf(new Date(link.expiresAt), "UTC")}.
          </LinkBanner>
        ) : null}
        <InviteForm />
        <WaitingRequests waiting={waiting} />
        {developers.map((developer) => (
          <DeveloperRow key={developer.id} developer={developer} isMe={developer.id === me} />
        ))}
      </BlockStack>
    </Page>
  );
}
