import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { action, loader } from "~/routes/developer.settings";
import { getRequest, makeDeveloper, postRequest } from "../../support/portal";
import { callRoute } from "../../support/routes";

describe("the portal's email settings", () => {
  test("a developer sees their kinds (not the admins'), and turns some off", async () => {
    const dev = await makeDeveloper();
    const page = (
      await callRoute(loader, {
        request: getRequest("/developer/settings", dev.cookie),
        params: {},
        context: {},
      })
    ).data as { preferences: { kind: string; on: boolean }[] };
    expect(page.preferences.map((p) => p.kind)).not.toContain("invoice_submitted");
    expect(page.preferences.every((p) => p.on)).toBe(true);
    const on = page.preferences.map((p) => p.kind).filter((kind) => kind !== "quote_declined");
    const saved = await callRoute(action, {
      request: postRequest("/developer/settings", { on }, { cookie: dev.cookie, csrf: dev.csrf }),
      params: {},
      context: {},
    });
    expect(saved.data).toEqual({ ok: true });
    expect((await prisma.developer.findUniqueOrThrow({ where: { id: dev.id } })).emailOptOuts).toEqual([
      "quote_declined",
    ]);
  });

  test("an admin also sees the company's kinds; a form without the CSRF token changes nothing", async () => {
    const admin = await makeDeveloper({ role: "admin" });
    const page = (
      await callRoute(loader, {
        request: getRequest("/developer/settings", admin.cookie),
        params: {},
        context: {},
      })
    ).data as { preferences: { kind: string }[] };
    expect(page.preferences.map((p) => p.kind)).toContain("dispute_opened");
    const forged = await callRoute(action, {
      request: postRequest("/developer/settings", { on: [] }, { cookie: admin.cookie, csrf: null }),
      params: {},
      context: {},
    });
    expect(forged.status).toBe(403);
    expect((await prisma.developer.findUniqueOrThrow({ where: { id: admin.id } })).emailOptOuts).toEqual([]);
  });
});
