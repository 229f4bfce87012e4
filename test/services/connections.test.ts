import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { connectInTx, listShopDevelopers, revokeDeveloper } from "~/services/connections.server";
import { updateReminders } from "~/services/settings.server";
import { createDeveloper, createShop } from "../support/factories";

describe("connected developers", () => {
  test("revoking hides the developer from the shop; another shop's revoke changes nothing; reconnecting restores them", async () => {
    const shop = await createShop();
    const other = await createShop();
    const developer = await createDeveloper();
    await prisma.$transaction((tx) => connectInTx(tx, shop.id, developer.id, "merchant", new Date()));
    expect(await revokeDeveloper(other.id, developer.id, new Date())).toBe(false);
    expect(await listShopDevelopers(shop.id)).toHaveLength(1);
    expect(await revokeDeveloper(shop.id, developer.id, new Date())).toBe(true);
    expect(await listShopDevelopers(shop.id)).toEqual([]);
    await prisma.$transaction((tx) => connectInTx(tx, shop.id, developer.id, "offer", new Date()));
    expect(await listShopDevelopers(shop.id)).toEqual([
      expect.objectContaining({ developerId: developer.id, source: "offer" }),
    ]);
  });
});

describe("reminder preferences", () => {
  test("are stored on the shop; an empty email means none", async () => {
    const shop = await createShop();
    const result = await updateReminders(shop.id, {
      remindBeforeExpiry: false,
      remindDuringWindow: true,
      reminderEmail: " ",
    });
    expect(result).toEqual({ ok: true });
    expect(await prisma.shop.findUniqueOrThrow({ where: { id: shop.id } })).toMatchObject({
      remindBeforeExpiry: false,
      remindDuringWindow: true,
      reminderEmail: null,
    });
    const bad = await updateReminders(shop.id, {
      remindBeforeExpiry: true,
      remindDuringWindow: true,
      reminderEmail: "x",
    });
    expect(bad).toMatchObject({ ok: false });
  });
});
