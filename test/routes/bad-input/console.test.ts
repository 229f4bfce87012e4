// The bad-input matrix for the company console (developer.console* routes): every action's fields
// and the report's query. See test/support/bad-input/matrix.ts for what is checked.
import { beforeAll } from "vitest";
import prisma from "~/db.server";
import * as developers from "~/routes/developer.console._index";
import * as disputes from "~/routes/developer.console.disputes";
import * as pricing from "~/routes/developer.console.pricing";
import * as invoices from "~/routes/developer.console.invoices";
import * as report from "~/routes/developer.console.report";
import { inviteDeveloper } from "~/services/developers/accounts.server";
import { createInvoice } from "~/services/developers/invoices.server";
import { recordSettlementsOf } from "~/services/developers/settlements.server";
import { approveQuote, completeQuote, createQuote } from "~/services/quotes/commands.server";
import { disputeOverrun } from "~/services/quotes/overruns.server";
import { setOverrunTolerance } from "~/services/quotes/policy.server";
import {
  calendarMonth,
  dollars,
  email,
  hours,
  id,
  intent,
  oneOf,
  optionalLine,
  requiredParagraph,
} from "../../support/bad-input/kinds";
import { badInputMatrix, type Entry } from "../../support/bad-input/matrix";
import { connect, makeDeveloper, uniqueEmail, type TestDeveloper } from "../../support/portal";
import { buyPack, createShop } from "../../support/factories";

interface World {
  admin: TestDeveloper;
  developer: TestDeveloper;
}

let world: World;

beforeAll(async () => {
  world = {
    admin: await makeDeveloper({ role: "admin" }),
    developer: await makeDeveloper({ payoutRateCents: 8_500 }),
  };
});

const admin = (w: World) => ({ as: "developer" as const, cookie: w.admin.cookie, csrf: w.admin.csrf });

/** A developer invited by the company (no password yet), in `status`. */
async function invited(status: "active" | "deactivated" = "active") {
  const issued = await inviteDeveloper({ email: uniqueEmail() }, new Date());
  if (!issued.ok) throw new Error(issued.message);
  if (status === "deactivated")
    await prisma.developer.update({ where: { id: issued.developer.id }, data: { status } });
  return issued.developer.id;
}

/** An invoice of the world's developer for one settled pack (paid before May 2024: settled at expiry). */
async function submittedInvoice(w: World, status: "submitted" | "approved") {
  const shop = await createShop();
  await connect(shop.id, w.developer.id);
  const packId = await buyPack(shop.id, "10h", new Date("2024-03-01T12:00:00Z"), w.developer.id);
  await recordSettlementsOf(w.developer.id, [packId], new Date());
  const settlement = await prisma.settlement.findFirstOrThrow({ where: { packId } });
  const created = await createInvoice(w.developer.id, [settlement.id], new Date());
  if (!created.ok) throw new Error(created.message);
  if (status === "approved")
    await prisma.invoice.update({
      where: { id: created.invoiceId },
      data: { status, approvedAt: new Date() },
    });
  return created.invoiceId;
}

/** A quote the merchant disputed: 1 h estimated, 3 h reported. */
async function disputedQuote() {
  const shop = await createShop();
  await buyPack(shop.id, "25h", new Date());
  await setOverrunTolerance(shop.id, 10);
  const created = await createQuote(
    { shopId: shop.id, title: "Shipping app", estimate: { minutes: 60 } },
    new Date(),
  );
  if (!created.ok) throw new Error(created.message);
  const quoteId = created.quote.id;
  await approveQuote(shop.id, quoteId, new Date());
  await completeQuote(shop.id, quoteId, { minutes: 180 }, new Date());
  const disputed = await disputeOverrun(shop.id, quoteId, "One hour, we said.", new Date());
  if (!disputed.ok) throw new Error(disputed.message);
  return quoteId;
}

const INTENTS = ["invite", "rate", "deactivate", "reactivate", "reset"] as const;
const other = (intent: string) => INTENTS.find((i) => i !== intent)!;

const onDeveloper = (
  name: "deactivate" | "reactivate" | "reset",
  status: "active" | "deactivated",
): Entry<World> => ({
  name: `developer.console._index (${name})`,
  method: "POST",
  handler: developers.action,
  path: () => "/developer/console",
  valid: async (w) => ({ auth: admin(w), fields: { intent: name, developerId: await invited(status) } }),
  fields: { intent: intent([name, other(name)]), developerId: id() },
});

const entries: Entry<World>[] = [
  {
    name: "developer.console._index (invite)",
    method: "POST",
    handler: developers.action,
    path: () => "/developer/console",
    valid: (w) => ({
      auth: admin(w),
      fields: { intent: "invite", email: uniqueEmail("invitee"), name: "Ada", role: "developer" },
    }),
    fields: {
      intent: intent(["invite", "rate"]),
      email: email(),
      name: optionalLine(200),
      role: oneOf(["developer", "admin"], { optional: true }),
    },
  },
  {
    name: "developer.console._index (rate)",
    method: "POST",
    handler: developers.action,
    path: () => "/developer/console",
    valid: async (w) => ({
      auth: admin(w),
      fields: { intent: "rate", developerId: await invited(), rate: "85" },
    }),
    fields: { intent: intent(["rate", "invite"]), developerId: id(), rate: dollars(0, 10_000) },
  },
  onDeveloper("deactivate", "active"),
  onDeveloper("reactivate", "deactivated"),
  onDeveloper("reset", "active"),
  ...(["approve", "pay"] as const).map((move): Entry<World> => ({
    name: `developer.console.invoices (${move})`,
    method: "POST",
    handler: invoices.action,
    path: () => "/developer/console/invoices",
    valid: async (w) => ({
      auth: admin(w),
      fields: {
        intent: move,
        invoiceId: await submittedInvoice(w, move === "approve" ? "submitted" : "approved"),
      },
    }),
    fields: { intent: intent([move, move === "approve" ? "pay" : "approve"]), invoiceId: id() },
  })),
  {
    name: "developer.console.disputes (resolve)",
    method: "POST",
    handler: disputes.action,
    path: () => "/developer/console/disputes",
    valid: async (w) => ({
      auth: admin(w),
      fields: { intent: "resolve", quoteId: await disputedQuote(), chargedHours: "1.5", reason: "Split it." },
    }),
    fields: {
      intent: intent(["resolve"]),
      quoteId: id(),
      chargedHours: hours(1000),
      reason: requiredParagraph(1000),
    },
  },
  {
    name: "developer.console.pricing (custom-quote rate)",
    method: "POST",
    handler: pricing.action,
    path: () => "/developer/console/pricing",
    valid: (w) => ({ auth: admin(w), fields: { rate: "95" } }),
    fields: { rate: dollars(1, 10_000) },
  },
  {
    name: "developer.console.report (page)",
    method: "GET",
    handler: report.loader,
    path: () => "/developer/console/report",
    valid: (w) => ({ auth: admin(w), fields: { month: "2025-01" } }),
    fields: { month: calendarMonth() },
  },
];

badInputMatrix(() => world, entries);
