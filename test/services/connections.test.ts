import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { connectDeveloperByEmail, listShopDevelopers, revokeDeveloper } from "~/services/connections.server";
import { updateReminders } from "~/services/settings.server";
import { createDeveloper, createShop } from "../support/factories";

describe("connected developers", () => {
  test("connecting an unknown email creates the developer with just the email, once", async () => {
    const shop = await createShop();
    const email = `new-${Date.now()}@Example.com`;
    const first = await connectDeveloperByEmail(shop.id, ` ${email} `);
    expect(first).toMatchObject({
      ok: true,
      created: true,
      developer: { email: email.toLowerCase(), source: "merchant" },
    });
    const again = await connectDeveloperByEmail(shop.id, email);
    expect(again).toMatchObject({ ok: true, created: false });
    expect(await prisma.developer.count({ where: { email: email.toLowerCase() } })).toBe(1);
    expect(await listShopDevelopers(shop.id)).toHaveLength(1);
  });

  test("a malformed email is refused with what to type", async () => {
    const shop = await createShop();
    expect(await connectDeveloperByEmail(shop.id, "nobody")).toMatchObject({
      ok: false,
      code: "invalid_input",
    });
  });

  test("revoking hides the developer from the shop; another shop's revoke changes nothing", async () => {
    const shop = await createShop();
    const other = await createShop();
    const developer = await createDeveloper();
    await connectDeveloperByEmail(shop.id, developer.email);
    expect(await revokeDeveloper(other.id, developer.id, new Date())).toBe(false);
    expect(await listShopDevelopers(shop.id)).toHaveLength(1);
    expect(await revokeDeveloper(shop.id, developer.id, new Date())).toBe(true);
    expect(await listShopDevelopers(shop.id)).toEqual([]);
    const back = await connectDeveloperByEmail(shop.id, developer.email);
    expect(back).toMatchObject({ ok: true, developer: { developerId: developer.id } });
    expect(await listShopDevelopers(shop.id)).toHaveLength(1);
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
