// The demo data of the preview, relative to the preview clock's now, through the same factories
// as the tests: one store with packs settled, expired with an open retention window, expiring
// soon and active; quotes in every status (custom quotes, overruns and a dispute too); a
// connected developer and a company admin.
import { addMonths, subDays, subHours } from "date-fns";
import prisma from "~/db.server";
import { buyPack, createShop, quoteIn } from "../factories/ledger";
import { connect, developerWithPassword } from "../factories/people";
import { setOverrunTolerance } from "~/services/quotes/policy.server";
import { DEMO_ADMIN, DEMO_DEVELOPER, DEMO_MERCHANT_EMAIL, DEMO_PASSWORD, DEMO_TIMEZONE } from "./config";

const days = (now: Date, n: number) => subDays(now, n);

export async function seedDemo(domain: string, now: Date) {
  const { developer: dana } = await developerWithPassword(
    { ...DEMO_DEVELOPER, payoutRateCents: 6000 },
    DEMO_PASSWORD,
    now,
  );
  await developerWithPassword({ ...DEMO_ADMIN, role: "admin" }, DEMO_PASSWORD, now);
  const shop = await createShop({
    domain,
    timezone: DEMO_TIMEZONE,
    contactEmail: DEMO_MERCHANT_EMAIL,
    installedAt: days(now, 210),
  });
  // The offline session an install leaves: jobs reach the (emulated) Admin API before anyone
  // opens the admin, as they would in a store that installed the app long ago.
  await prisma.session.create({
    data: {
      id: `offline_${domain}`,
      shop: domain,
      state: "",
      isOnline: false,
      scope: "",
      accessToken: "shpat_preview_demo",
    },
  });
  await connect(shop.id, dana.id, { at: days(now, 210) });
  const developerId = dana.id;

  // Settled: used 20 of 25 h, expired long ago, window closed; paid as delivered hours.
  await buyPack(shop.id, "25h", days(now, 200), { developerId });
  await quoteIn(shop.id, {
    developerId,
    title: "Migrate the theme to Online Store 2.0",
    estimateMinutes: 20 * 60,
    at: days(now, 195),
    outcome: "completed",
    closedAt: days(now, 190),
  });
  // Expired yesterday with 4 h unused: its retention window is open for two more days.
  await buyPack(shop.id, "10h", subDays(addMonths(now, -3), 1), { developerId });
  // Expiring in about 10 days.
  await buyPack(shop.id, "25h", days(now, 80), { developerId });
  await quoteIn(shop.id, {
    developerId,
    title: "Fix the cart drawer on mobile",
    estimateMinutes: 5 * 60,
    actualMinutes: 6 * 60,
    at: days(now, 62),
    outcome: "completed",
    closedAt: days(now, 60),
  });
  await quoteIn(shop.id, {
    developerId,
    title: "Install and style a reviews app",
    estimateMinutes: 2 * 60,
    at: days(now, 40),
    outcome: "cancelled",
    closedAt: days(now, 39),
  });
  await quoteIn(shop.id, {
    developerId,
    title: "Rebuild the header and mega menu",
    estimateMinutes: 12 * 60,
    at: days(now, 30),
    outcome: "declined",
    declineReason: "Too big for this quarter; let's revisit in the autumn.",
  });
  // Active: bought 20 days ago, too early to renew anything.
  await buyPack(shop.id, "50h", days(now, 20), { developerId });
  // Paid outright: a custom quote, completed and settled to its developer at the quoted hours.
  await quoteIn(shop.id, {
    developerId,
    title: "Design a gift card page",
    estimateMinutes: 3 * 60,
    actualMinutes: 3.5 * 60,
    paidWith: "money",
    at: days(now, 15),
    outcome: "completed",
    closedAt: days(now, 10),
  });
  // From here on the merchant is asked before being charged more than 10 % over an estimate.
  await setOverrunTolerance(shop.id, 10);
  await quoteIn(shop.id, {
    developerId,
    title: "Fix the newsletter signup",
    estimateMinutes: 60,
    actualMinutes: 2 * 60,
    // After the 10 h pack expired: the holds of these quotes come from the 25 h pack.
    at: subHours(now, 22),
    outcome: "disputed",
    closedAt: subHours(now, 20),
    completionNote: "The signup form broke again on mobile Safari while I was on it.",
    disputeReason: "We agreed on one hour; the form still fails on mobile.",
  });
  await quoteIn(shop.id, {
    developerId,
    title: "Connect the shipping app",
    estimateMinutes: 2 * 60,
    actualMinutes: 3 * 60,
    at: subHours(now, 19),
    outcome: "awaiting_approval",
    closedAt: subHours(now, 17),
    completionNote: "The carrier's API refused our first labels; an extra hour to fix the addresses.",
  });
  await quoteIn(shop.id, {
    developerId,
    title: "Set up a French storefront",
    description: "Translate the theme and set up a French market.",
    estimateMinutes: 3 * 60,
    at: subHours(now, 16),
    outcome: "pending",
  });
  await quoteIn(shop.id, {
    developerId,
    title: "Add a wholesale price list",
    description: "A password-protected page with tiered prices for wholesale customers.",
    estimateMinutes: 8 * 60,
    at: days(now, 2),
    outcome: "pending",
  });
  await quoteIn(shop.id, {
    developerId,
    title: "Speed up the collection pages",
    estimateMinutes: 4 * 60,
    actualMinutes: 5 * 60,
    at: subHours(now, 14),
    outcome: "awaiting_approval",
    closedAt: subHours(now, 12),
    completionNote: "The product filter had to be rewritten as well.",
  });
  await quoteIn(shop.id, {
    developerId,
    title: "Add a size guide to product pages",
    estimateMinutes: 3 * 60,
    at: subHours(now, 6),
    outcome: "approved",
  });
  return shop;
}
