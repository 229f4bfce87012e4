import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { action, loader } from "~/routes/app.settings";
import { REQUEST_SENT } from "~/services/connection-requests.server";
import { adminRequest, callRoute, refusalOf } from "../support/routes";
import { createDeveloper, installedShop } from "../support/factories";

const submit = async (shop: string, form: Record<string, string>) =>
  callRoute(action, await adminRequest(shop, "/app/settings", { form }));

describe("settings", () => {
  test("shows the shop's time zone, developers, email preferences and where emails go", async () => {
    const shop = await installedShop({ timezone: "Europe/Paris" });
    await prisma.shop.update({ where: { id: shop.id }, data: { contactEmail: "owner@example.com" } });
    const { data } = await callRoute(loader, await adminRequest(shop.domain, "/app/settings"));
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
      overrunTolerancePercent: null,
      developers: [],
      requests: [],
    });
  });

  test("connecting by email sends a request: no account is made, no link reaches the store", async () => {
    const shop = await installedShop();
    const email = `new-${Date.now()}@example.com`;
    const { data } = await submit(shop.domain, { intent: "connect", email });
    expect(data).toEqual({ ok: true, message: REQUEST_SENT });
    expect(await prisma.developer.count({ where: { email } })).toBe(0);
    expect((await callRoute(loader, await adminRequest(shop.domain, "/app/settings"))).data.requests).toEqual(
      [expect.objectContaining({ email, status: "pending" })],
    );
  });

  test("revokes a connected developer", async () => {
    const shop = await installedShop();
    const developer = await createDeveloper("Linus");
    await prisma.shopDeveloper.create({
      data: { shopId: shop.id, developerId: developer.id, source: "merchant" },
    });
    expect((await submit(shop.domain, { intent: "revoke", developerId: developer.id })).data).toMatchObject({
      ok: true,
    });
    const { data } = await callRoute(loader, await adminRequest(shop.domain, "/app/settings"));
    expect(data.developers).toEqual([]);
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
    expect(bad.status).toBe(400);
    expect(bad.data).toEqual({
      ok: false,
      code: "invalid_input",
      message: "Enter an email address like owner@example.com, or leave it empty.",
      errors: [
        {
          field: "reminderEmail",
          message: "Enter an email address like owner@example.com, or leave it empty.",
        },
      ],
    });
  });
});

describe("overrun approval setting", () => {
  test("is off by default; on, it keeps the percentage; off again, it clears it", async () => {
    const shop = await installedShop();
    const saved = await submit(shop.domain, {
      intent: "overruns",
      askBeforeOverrun: "true",
      overrunTolerancePercent: "10",
    });
    expect(saved.data).toEqual({
      ok: true,
      message: "Saved: you are asked before being charged more than 10 % over an estimate.",
    });
    expect((await prisma.shop.findUniqueOrThrow({ where: { id: shop.id } })).overrunTolerancePercent).toBe(
      10,
    );
    await submit(shop.domain, {
      intent: "overruns",
      askBeforeOverrun: "false",
      overrunTolerancePercent: "25",
    });
    expect(
      (await prisma.shop.findUniqueOrThrow({ where: { id: shop.id } })).overrunTolerancePercent,
    ).toBeNull();
  });

  test("a percentage that is not a whole number from 0 to 1000 is refused, naming the field", async () => {
    const shop = await installedShop();
    for (const bad of ["-1", "1001", "7.5", "1e2", ""]) {
      const answer = await submit(shop.domain, {
        intent: "overruns",
        askBeforeOverrun: "true",
        overrunTolerancePercent: bad,
      });
      expect(answer.status).toBe(400);
      expect(refusalOf(answer).errors[0]!.field).toBe("overrunTolerancePercent");
    }
    expect(
      (await prisma.shop.findUniqueOrThrow({ where: { id: shop.id } })).overrunTolerancePercent,
    ).toBeNull();
  });
});
