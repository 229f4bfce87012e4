// The bad-input matrix trusts the fingerprint to see any write: a new row, one changed column, a
// deleted row, and a row's columns swapped with another's; and to ignore only the columns that a
// page view may touch.
import { expect, test } from "vitest";
import prisma from "~/db.server";
import { fingerprint } from "../../support/bad-input/fingerprint";
import { buyPack, createShop } from "../../support/factories";

test("every kind of write changes the fingerprint; a volatile column does not", async () => {
  const first = await createShop();
  const second = await createShop();
  await buyPack(first.id, "10h", new Date());
  let before = await fingerprint();
  const expectChange = async (write: () => Promise<unknown>, what: string) => {
    await write();
    const after = await fingerprint();
    expect(after, what).not.toEqual(before);
    before = after;
  };

  await expectChange(() => buyPack(second.id, "25h", new Date()), "a new row");
  await expectChange(
    () => prisma.shop.update({ where: { id: first.id }, data: { timezone: "Europe/Paris" } }),
    "one changed column",
  );
  await expectChange(
    () =>
      prisma.$transaction([
        prisma.shop.update({ where: { id: first.id }, data: { timezone: "America/Chicago" } }),
        prisma.shop.update({ where: { id: second.id }, data: { timezone: "Europe/Paris" } }),
      ]),
    "two rows' values swapped",
  );
  const third = await createShop();
  before = await fingerprint();
  await expectChange(() => prisma.shop.delete({ where: { id: third.id } }), "a deleted row");

  await prisma.shop.update({ where: { id: first.id }, data: { updatedAt: new Date(Date.now() + 60_000) } });
  expect(await fingerprint(), "Shop.updatedAt is volatile").toEqual(before);
});
