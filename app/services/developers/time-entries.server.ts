import { z } from "zod";
import { inShopTransaction, type Tx } from "../../lib/sql.server";
import { toMinutes } from "../quotes/commands.server";
import { isUuid } from "../../lib/ids";
import { day } from "../../lib/format";
import { localDate } from "../../ledger";
import prisma from "../../db.server";
import { visibleQuotes } from "./access.server";
import { fail, notYours, type Result } from "../../lib/result";

export interface TimeEntryFields {
  /** YYYY-MM-DD, the day the work was done. */
  workedOn: string;
  /** Whole minutes. */
  minutes: number;
  note: string;
}

const MAX_ENTRY_MINUTES = 24 * 60;
const isoDate = z.iso.date();

function checkFields(fields: TimeEntryFields): Result<{ minutes: number }> {
  if (!isoDate.safeParse(fields.workedOn).success)
    return fail("invalid_input", "Give the date the work was done as YYYY-MM-DD.", { field: "workedOn" });
  const parsed = toMinutes({ minutes: fields.minutes });
  if (!parsed.ok) return fail("invalid_hours", parsed.message, { field: "hours" });
  if (parsed.minutes > MAX_ENTRY_MINUTES)
    return fail("invalid_hours", "One entry holds at most 24 h. Split longer work across days.", {
      field: "hours",
    });
  if (fields.note.length > 1000)
    return fail("invalid_input", "Shorten the note to 1,000 characters or fewer.", { field: "note" });
  return { ok: true, minutes: parsed.minutes };
}

interface OpenQuote {
  id: string;
  shopId: string;
  createdAt: Date;
  shop: { timezone: string };
}

/**
 * Work is logged within the quote's lifetime, in the store's calendar (the dates the merchant
 * sees): from the day the quote was created to today. Time is logged only while the quote is
 * approved, so "today" is also before its completion.
 */
function checkDay(workedOn: string, quote: OpenQuote, now: Date): Result | null {
  const first = localDate(quote.createdAt, quote.shop.timezone);
  const today = localDate(now, quote.shop.timezone);
  if (workedOn < first)
    return fail(
      "invalid_input",
      `The quote was created on ${day(first, { year: true })}: give a date from then to today.`,
      { field: "workedOn" },
    );
  if (workedOn > today)
    return fail(
      "invalid_input",
      `The date is in the future: today is ${day(today, { year: true })} in the store's time zone. Log time once worked.`,
      { field: "workedOn" },
    );
  return null;
}

/**
 * Runs `fn` in the quote's shop transaction once the quote is visible to the developer and
 * approved: the same lock completion takes, so no entry changes while a quote completes.
 */
async function onApprovedQuote(
  developerId: string,
  quoteId: string,
  fn: (tx: Tx, quote: OpenQuote) => Promise<Result>,
): Promise<Result> {
  if (!isUuid(quoteId)) return notYours("quote");
  const found = await prisma.quote.findFirst({
    where: { id: quoteId, ...visibleQuotes(developerId) },
    select: { shopId: true },
  });
  if (!found) return notYours("quote");
  return inShopTransaction(found.shopId, async (tx) => {
    const quote = await tx.quote.findFirst({
      where: { id: quoteId, ...visibleQuotes(developerId) },
      select: { id: true, shopId: true, status: true, createdAt: true, shop: { select: { timezone: true } } },
    });
    if (!quote) return notYours("quote");
    if (quote.status !== "approved") {
      return fail(
        "invalid_state",
        `This quote is ${quote.status}; time can be logged only on approved quotes, before completion.`,
      );
    }
    return fn(tx, quote);
  });
}

/** Logs time on an approved quote. */
export function addTimeEntry(
  developerId: string,
  quoteId: string,
  fields: TimeEntryFields,
  now: Date,
): Promise<Result> {
  const checked = checkFields(fields);
  if (!checked.ok) return Promise.resolve(checked);
  return onApprovedQuote(developerId, quoteId, async (tx, quote) => {
    const outside = checkDay(fields.workedOn, quote, now);
    if (outside) return outside;
    await tx.timeEntry.create({
      data: {
        shopId: quote.shopId,
        quoteId: quote.id,
        developerId,
        workedOn: fields.workedOn,
        minutes: checked.minutes,
        note: fields.note.trim(),
        createdAt: now,
      },
    });
    return { ok: true };
  });
}

/** Changes one of the developer's entries while its quote is approved. */
export function updateTimeEntry(
  developerId: string,
  quoteId: string,
  entryId: string,
  fields: TimeEntryFields,
  now: Date,
): Promise<Result> {
  const checked = checkFields(fields);
  if (!checked.ok) return Promise.resolve(checked);
  if (!isUuid(entryId)) return Promise.resolve(notYours("time entry", "entryId"));
  return onApprovedQuote(developerId, quoteId, async (tx, quote) => {
    const outside = checkDay(fields.workedOn, quote, now);
    if (outside) return outside;
    const updated = await tx.timeEntry.updateMany({
      where: { id: entryId, quoteId: quote.id, shopId: quote.shopId, developerId },
      data: { workedOn: fields.workedOn, minutes: checked.minutes, note: fields.note.trim() },
    });
    return updated.count === 1 ? { ok: true } : notYours("time entry", "entryId");
  });
}

/** Deletes one of the developer's entries while its quote is approved. */
export function deleteTimeEntry(developerId: string, quoteId: string, entryId: string): Promise<Result> {
  if (!isUuid(entryId)) return Promise.resolve(notYours("time entry", "entryId"));
  return onApprovedQuote(developerId, quoteId, async (tx, quote) => {
    const deleted = await tx.timeEntry.deleteMany({
      where: { id: entryId, quoteId: quote.id, shopId: quote.shopId, developerId },
    });
    return deleted.count === 1 ? { ok: true } : notYours("time entry", "entryId");
  });
}
