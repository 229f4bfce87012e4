import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { action, loader } from "~/routes/app.settings";
import { createDeveloper, installedShop } from "../support/factories";
import { adminRequest, call } from "../support/routes";

const submit = async (shop: string, form: Record<string, string>) =>
  call(action, await adminRequest(shop, "/app/settings", { form }));

describe("settings", () => {
  test("shows the shop's time zone, developers, email preferences and where emails go", async () => {
    const shop = await installedShop({ timezone: "Europe/Paris" });
    await prisma.shop.update({ where: { id: shop.id }, data: { contactEmail: "owner@example.com" } });
    const { data } = await call(loader, await adminRequest(shop.domain, "/app/settings"));
    expect(data).toEqual({
      timezone: "Europe/Paris",
      preferences: {
        expiry_reminder: true,
        window_reminder: true,
        quote_waiting: true,
        overrun_waiting: true,
        purchase_credited: true,
      },
      reminderEmail: null,
      contactEmail: "owner@example.com",
      developers: [],
    });
  });

  test("connects a developer by email, then revokes them", async () => {
    const shop = await installedShop();
    const developer = await createDeveloper("Linus");
    await prisma.developer.update({ where: { id: developer.id }, data: { passwordHash: "set-up" } });
    expect((await submit(shop.domain, { intent: "connect", email: developer.email })).data).toEqual({
      ok: true,
      message: "Linus is connected to your store.",
    });
    expect((await submit(shop.domain, { intent: "revoke", developerId: developer.id })).data).toMatchObject({
      ok: true,
    });
    const { data } = await call(loader, await adminRequest(shop.domain, "/app/settings"));
    expect(data.developers).toEqual([]);
  });

  test("connecting a developer without a portal account gives the merchant an invitation link", async () => {
    const shop = await installedShop();
    const email = `new-${Date.now()}@example.com`;
    const { data } = await submit(shop.domain, { intent: "connect", email });
    expect(data).toMatchObject({
      ok: true,
      message: expect.stringContaining(`${email} is connected. Send them this link`),
    });
    const link = (data as { inviteLink?: string }).inviteLink ?? "";
    expect(link).toMatch(/\/developer\/password\/[\w-]+$/);
    const developer = await prisma.developer.findUniqueOrThrow({
      where: { email },
      include: { tokens: true },
    });
    expect(developer.tokens).toHaveLength(1);
    expect(developer.tokens[0]).toMatchObject({ purpose: "invite", usedAt: null });
  });

  test("revoking a developer of another shop changes nothing there", async () => {
    const owner = await installedShop();
    const other = await installedShop();
    const developer = await createDeveloper();
    await prisma.shopDeveloper.create({
      data: { shopId: owner.id, developerId: developer.id, source: "merchant" },
    });
    expect((await submit(other.domain, { intent: "revoke", developerId: developer.id })).data).toMatchObject({
      ok: false,
    });
    expect(await prisma.shopDeveloper.findFirstOrThrow({ where: { shopId: owner.id } })).toMatchObject({
      revokedAt: null,
    });
  });

  test("saves email preferences (an empty address means the store's email) and refuses a malformed one", async () => {
    const shop = await installedShop();
    const saved = await submit(shop.domain, {
      intent: "reminders",
      remindBeforeExpiry: "false",
      remindDuringWindow: "true",
      reminderEmail: "Owner@Example.com",
    });
    expect(saved.data).toEqual({ ok: true, message: "Email settings saved." });
    expect(await prisma.shop.findUniqueOrThrow({ where: { id: shop.id } })).toMatchObject({
      remindBeforeExpiry: false,
      reminderEmail: "owner@example.com",
    });
    const emails = await submit(shop.domain, {
      intent: "reminders",
      remindBeforeExpiry: "true",
      remindDuringWindow: "true",
      emailQuoteWaiting: "false",
      emailOverrunWaiting: "true",
      emailPurchaseCredited: "false",
      reminderEmail: "",
    });
    expect(emails.data).toMatchObject({ ok: true });
    expect(await prisma.shop.findUniqueOrThrow({ where: { id: shop.id } })).toMatchObject({
      emailQuoteWaiting: false,
      emailOverrunWaiting: true,
      emailPurchaseCredited: false,
      reminderEmail: null,
    });
    const bad = await submit(shop.domain, {
      intent: "reminders",
      remindBeforeExpiry: "true",
      remindDuringWindow: "true",
      reminderEmail: "owner",
    });
    expect(bad.data).toEqual({
      ok: false,
      message: "Enter an email address like owner@example.com, or leave it empty.",
    });
  });
});
