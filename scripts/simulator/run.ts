// Runs a scenario (POLICY.md, "Policy simulator contract") through the real ledger services on
// the database in DATABASE_URL, in a shop of its own, and returns the contract's document.
import { randomUUID } from "node:crypto";
import { minutesToHours, projectAt, packView, type PackView } from "../../app/ledger";
import prisma from "../../app/db.server";
import { loadPacks } from "../../app/services/ledger/packs.sql.server";
import { ledgerSql } from "../../app/lib/sql.server";
import { creditPurchase } from "../../app/services/ledger/purchases.server";
import {
  approveQuote,
  cancelQuote,
  completeQuote,
  createQuote,
  declineQuote,
  toMinutes,
} from "../../app/services/quotes/commands.server";
import { applyTime } from "../../app/services/ledger/time.server";
import { payQuoteAtOnce } from "../../app/services/quotes/custom.server";
import { approveOverrun, disputeOverrun, resolveDispute } from "../../app/services/quotes/overruns.server";
import type { Scenario, ScenarioEvent } from "./input";

export interface Rejection {
  index: number;
  code: string;
  message: string;
}

export interface SimulationResult {
  packs: (Omit<PackView, "carriedInFrom" | "carriedOutTo"> & {
    carriedInFrom: string | null;
    carriedOutTo: string | null;
  })[];
  quotes: {
    id: string;
    status: string;
    chargedHours: number | null;
    paidWith: string | null;
    priceCents: number | null;
    settlement: { basis: string; hours: number } | null;
  }[];
  rejected: Rejection[];
}

type Outcome = { ok: true } | { ok: false; code: string; message: string };

/** Runs every event at its own instant, then reads the state at `until`. */
export async function simulate(scenario: Scenario): Promise<SimulationResult> {
  const shop = await prisma.shop.create({
    data: {
      domain: `simulator-${randomUUID()}.myshopify.com`,
      timezone: scenario.shop.timezone,
      retentionWindowDays: scenario.policy.retentionWindowDays,
      earlyRenewalDays: scenario.policy.earlyRenewalDays,
      customQuoteRateCents: scenario.policy.customQuoteRateCents,
      overrunTolerancePercent: scenario.policy.overrunTolerancePercent,
    },
  });
  const packIds = new Map<string, string>(); // scenario id -> pack uuid
  const quoteIds = new Map<string, string>(); // scenario id -> quote uuid
  const rejected: Rejection[] = [];

  for (const [index, event] of scenario.events.entries()) {
    const outcome = await runEvent(shop.id, event, new Date(event.at), packIds, quoteIds);
    if (!outcome.ok) rejected.push({ index, code: outcome.code, message: outcome.message });
  }

  const until = new Date(scenario.until);
  await applyTime(shop.id, until);
  const packs = projectAt(await loadPacks(ledgerSql(), shop.id), until, {
    timeZone: scenario.shop.timezone,
    policy: scenario.policy,
  });
  const scenarioIdOf = new Map([...packIds].map(([key, uuid]) => [uuid, key]));
  const name = (uuid: string | null) => (uuid === null ? null : (scenarioIdOf.get(uuid) ?? uuid));
  const byUuid = new Map(packs.map((pack) => [pack.id, pack]));

  const quotes = await prisma.quote.findMany({ where: { shopId: shop.id }, include: { settlement: true } });
  const quoteByUuid = new Map(quotes.map((q) => [q.id, q]));
  return {
    packs: [...packIds].flatMap(([key, uuid]) => {
      const pack = byUuid.get(uuid);
      if (!pack) return [];
      const view = packView(pack, until, scenario.shop.timezone);
      return [
        { ...view, id: key, carriedInFrom: name(view.carriedInFrom), carriedOutTo: name(view.carriedOutTo) },
      ];
    }),
    quotes: [...quoteIds].flatMap(([key, uuid]) => {
      const quote = quoteByUuid.get(uuid);
      if (!quote) return [];
      const { chargedMinutes, settlement } = quote;
      return [
        {
          id: key,
          status: quote.status,
          chargedHours: chargedMinutes === null ? null : minutesToHours(chargedMinutes),
          paidWith: quote.paidWith,
          priceCents: quote.priceCents,
          settlement: settlement
            ? { basis: settlement.basis, hours: minutesToHours(settlement.minutes) }
            : null,
        },
      ];
    }),
    rejected,
  };
}

async function runEvent(
  shopId: string,
  event: ScenarioEvent,
  at: Date,
  packIds: Map<string, string>,
  quoteIds: Map<string, string>,
): Promise<Outcome> {
  if (event.type === "purchase") {
    if (packIds.has(event.id))
      return reject(
        "invalid_input",
        `A purchase with id "${event.id}" already happened. Give each purchase its own id.`,
      );
    const result = await creditPurchase({
      shopId,
      shopifyPurchaseId: `simulated:${event.id}`,
      tier: event.pack,
      paidAt: at,
    });
    if (result.ok) packIds.set(event.id, result.packId);
    return result;
  }
  if (event.type === "quote") {
    if (quoteIds.has(event.id))
      return reject(
        "invalid_input",
        `A quote with id "${event.id}" already exists. Give each quote its own id.`,
      );
    const result = await createQuote(
      { shopId, title: event.id, estimate: { hours: event.estimateHours }, reference: event.id },
      at,
    );
    if (result.ok) quoteIds.set(event.id, result.quote.id);
    return result;
  }
  const quoteId = quoteIds.get(event.quote);
  if (!quoteId)
    return reject(
      "unknown_quote",
      `No quote "${event.quote}" was created before this event. Add a quote event first.`,
    );
  switch (event.type) {
    case "approve":
      return approveQuote(shopId, quoteId, at);
    case "decline":
      return declineQuote(shopId, quoteId, at, event.reason);
    case "cancel":
      return cancelQuote(shopId, quoteId, at);
    case "complete":
      return completeQuote(shopId, quoteId, { hours: event.actualHours }, at);
    case "pay_quote":
      return payQuoteAtOnce(shopId, quoteId, at);
    case "approve_overrun":
      return approveOverrun(shopId, quoteId, at);
    case "dispute":
      return disputeOverrun(shopId, quoteId, event.reason ?? "Disputed in the simulator.", at);
    case "resolve": {
      const charged = toMinutes({ hours: event.chargedHours });
      if (!charged.ok) return charged;
      return resolveDispute(
        quoteId,
        {
          chargedMinutes: charged.minutes,
          reason: event.reason ?? "Resolved in the simulator.",
          adminId: null,
        },
        at,
      );
    }
  }
}

function reject(code: string, message: string): Outcome {
  return { ok: false, code, message };
}
