import { DEFAULT_QUOTE_POLICY } from "../../ledger";
import prisma from "../../db.server";
import { fail, type Result } from "../../lib/result";

/** The one CompanySettings row's id. */
export const COMPANY = "company";

/** The company's custom-quote rate in US cents per hour (console). */
export async function companyQuoteRate(): Promise<number> {
  const row = await prisma.companySettings.findUnique({ where: { id: COMPANY } });
  return row?.customQuoteRateCents ?? DEFAULT_QUOTE_POLICY.customQuoteRateCents;
}

/** The highest custom-quote rate the console accepts: $10,000 per hour (as for payout rates). */
export const MAX_QUOTE_RATE_CENTS = 10_000_00;

/** Sets the company's custom-quote rate; quotes paid afterwards are priced with it. */
export async function setCompanyQuoteRate(rateCents: number): Promise<Result<object, "invalid_input">> {
  if (!Number.isSafeInteger(rateCents) || rateCents < 1_00 || rateCents > MAX_QUOTE_RATE_CENTS)
    return fail("invalid_input", "Give an hourly rate from $1 to $10,000, e.g. 95.", { field: "rate" });
  await prisma.companySettings.upsert({
    where: { id: COMPANY },
    create: { id: COMPANY, customQuoteRateCents: rateCents },
    update: { customQuoteRateCents: rateCents },
  });
  return { ok: true };
}

/** The highest overrun tolerance a merchant can set: 1,000 %. */
export const MAX_TOLERANCE_PERCENT = 1_000;

/** Sets (or, with null, turns off) a shop's overrun tolerance. */
export async function setOverrunTolerance(
  shopId: string,
  tolerancePercent: number | null,
): Promise<Result<object, "invalid_input">> {
  if (
    tolerancePercent !== null &&
    (!Number.isSafeInteger(tolerancePercent) ||
      tolerancePercent < 0 ||
      tolerancePercent > MAX_TOLERANCE_PERCENT)
  )
    return fail("invalid_input", `Give a whole percentage from 0 to ${MAX_TOLERANCE_PERCENT}, e.g. 10.`, {
      field: "overrunTolerancePercent",
    });
  await prisma.shop.update({ where: { id: shopId }, data: { overrunTolerancePercent: tolerancePercent } });
  return { ok: true };
}
