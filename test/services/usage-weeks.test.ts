// Home's "hours used per week": usage is counted in the store's weeks (Monday to Sunday, local
// dates), the last `weeks` weeks up to now, empty weeks as 0.
import { expect, test } from "vitest";
import { mondayOf, usageByWeek } from "~/services/usage-weeks.server";
import { buyPack, createShop, workDone } from "../support/factories";

test("the Monday on or before a date, across a month and a year", () => {
  expect(mondayOf("2026-11-26")).toBe("2026-11-23");
  expect(mondayOf("2026-11-23")).toBe("2026-11-23");
  expect(mondayOf("2026-11-01")).toBe("2026-10-26");
  expect(mondayOf("2027-01-03")).toBe("2026-12-28");
});

test("usage falls in the store's local week, and weeks without usage are 0", async () => {
  const timeZone = "America/New_York";
  const shop = await createShop({ timezone: timeZone });
  await buyPack(shop.id, "25h", "2026-10-01T12:00:00Z");
  // Monday Nov 23, 02:00 UTC is still Sunday Nov 22 in New York: the week of Nov 16.
  await workDone(
    shop.id,
    { estimate: 60, actual: 60 },
    new Date("2026-11-20T12:00:00Z"),
    new Date("2026-11-23T02:00:00Z"),
  );
  // Monday Nov 23, 06:00 UTC is Monday 01:00 in New York: the week of Nov 23.
  await workDone(
    shop.id,
    { estimate: 90, actual: 90 },
    new Date("2026-11-20T12:00:00Z"),
    new Date("2026-11-23T06:00:00Z"),
  );
  // Before the 3 weeks asked for: not counted.
  await workDone(
    shop.id,
    { estimate: 30, actual: 30 },
    new Date("2026-10-20T12:00:00Z"),
    new Date("2026-10-28T12:00:00Z"),
  );

  expect(await usageByWeek(shop.id, timeZone, new Date("2026-11-26T12:00:00Z"), 3)).toEqual([
    { weekOf: "2026-11-09", minutes: 0 },
    { weekOf: "2026-11-16", minutes: 60 },
    { weekOf: "2026-11-23", minutes: 90 },
  ]);
});
