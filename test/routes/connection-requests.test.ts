// A store asks a developer to connect by email; the developer answers in the portal; addresses
// without an account wait for the company (docs/decisions/050).
import { afterEach, describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { setClockOffset } from "~/clock.server";
import { dayOf } from "~/lib/format";
import { action as settingsAction, loader as settingsLoader } from "~/routes/app.settings";
import { action as homeAction, loader as homeLoader } from "~/routes/developer._index";
import { action as consoleAction, loader as consoleLoader } from "~/routes/developer.console._index";
import {
  ASK_AGAIN_AFTER_DAYS,
  MAX_PENDING_REQUESTS,
  REQUEST_SENT,
} from "~/services/connection-requests.server";
import {
  connect,
  getRequest,
  makeDeveloper,
  postRequest,
  uniqueEmail,
  type TestDeveloper,
} from "../support/portal";
import { adminRequest, callRoute } from "../support/routes";
import { installedShop } from "../support/factories";

const args = (request: Request) => ({ request, params: {}, context: {} });
const DAY_MS = 24 * 60 * 60 * 1000;

const submit = async (shopDomain: string, form: Record<string, string>) =>
  callRoute(settingsAction, await adminRequest(shopDomain, "/app/settings", { form }));
const connectFrom = (shopDomain: string, email: string) => submit(shopDomain, { intent: "connect", email });
const settingsOf = async (shopDomain: string) =>
  callRoute(settingsLoader, await adminRequest(shopDomain, "/app/settings"));

const home = (dev: TestDeveloper) => homeLoader(args(getRequest("/developer", dev.cookie)));
const answer = (
  dev: TestDeveloper,
  intent: "accept-request" | "decline-request",
  ref: { shopId: string; id: string },
  csrf: string | null = dev.csrf,
) =>
  callRoute(
    homeAction,
    args(
      postRequest(
        "/developer",
        { intent, shopId: ref.shopId, requestId: ref.id },
        { cookie: dev.cookie, csrf },
      ),
    ),
  );

afterEach(() => setClockOffset(0));

describe("what the merchant sees", () => {
  test("the answer and the list are the same for an address with an account and one without", async () => {
    const shop = await installedShop();
    const dev = await makeDeveloper();
    const nobody = uniqueEmail("nobody");
    const known = await connectFrom(shop.domain, dev.email);
    const unknown = await connectFrom(shop.domain, nobody);
    expect(known).toEqual(unknown);
    expect(known).toMatchObject({ status: 200, data: { ok: true, message: REQUEST_SENT } });
    const { data } = await settingsOf(shop.domain);
    const shape = (email: string) => {
      const { id: _id, email: _email, ...rest } = data.requests.find((r) => r.email === email)!;
      return rest;
    };
    expect(shape(dev.email)).toEqual(shape(nobody));
    expect(shape(dev.email)).toMatchObject({ status: "pending", askAgainOn: null });
    expect(data.developers).toEqual([]);
    // Nothing was made for the unknown address, and the known account is untouched.
    expect(await prisma.developer.count({ where: { email: nobody } })).toBe(0);
    expect(await prisma.shopDeveloper.count({ where: { shopId: shop.id } })).toBe(0);
  });

  test("a repeated request while one is pending is answered the same and stays one request", async () => {
    const shop = await installedShop();
    const email = uniqueEmail();
    const first = await connectFrom(shop.domain, email);
    const again = await connectFrom(shop.domain, ` ${email.toUpperCase()}`);
    expect(again).toEqual(first);
    expect(await prisma.connectionRequest.count({ where: { shopId: shop.id } })).toBe(1);
  });

  test("a developer already connected is said to be, and gets no request", async () => {
    const shop = await installedShop();
    const dev = await makeDeveloper();
    await connect(shop.id, dev.id);
    const result = await connectFrom(shop.domain, dev.email);
    expect(result.data).toEqual({ ok: true, message: `${dev.email} is already connected to your store.` });
    expect(await prisma.connectionRequest.count({ where: { shopId: shop.id } })).toBe(0);
  });

  test("a malformed, 255-character or 1 MB email is a 400 naming the field, and nothing is written", async () => {
    const shop = await installedShop();
    const long = `${"a".repeat(243)}@example.com`;
    expect(long).toHaveLength(255);
    for (const email of [
      "nobody",
      "",
      long,
      `${"x".repeat(1024 * 1024)}@example.com`,
      "a\u0000b@example.com",
    ]) {
      const result = await connectFrom(shop.domain, email);
      expect(result.status).toBe(400);
      // A control character is named as such; every other bad address gets the address rule.
      const rule = email.includes("\u0000") ? /control character/ : /254/;
      expect(result.data).toMatchObject({
        ok: false,
        errors: [{ field: "email" }],
        message: expect.stringMatching(rule),
      });
    }
    expect(await prisma.connectionRequest.count({ where: { shopId: shop.id } })).toBe(0);
    const fits = `${"a".repeat(242)}@example.com`;
    expect((await connectFrom(shop.domain, fits)).data).toEqual({ ok: true, message: REQUEST_SENT });
  });

  test(`a store may have at most ${MAX_PENDING_REQUESTS} requests waiting; the next one is refused, naming the limit`, async () => {
    const shop = await installedShop();
    for (let i = 0; i < MAX_PENDING_REQUESTS; i++) await connectFrom(shop.domain, uniqueEmail());
    const refused = await connectFrom(shop.domain, uniqueEmail());
    expect(refused.status).toBe(409);
    expect(refused.data.message).toContain(`${MAX_PENDING_REQUESTS} requests waiting`);
    expect(await prisma.connectionRequest.count({ where: { shopId: shop.id } })).toBe(MAX_PENDING_REQUESTS);
    // Cancelling one makes room again.
    const { data } = await settingsOf(shop.domain);
    await submit(shop.domain, { intent: "cancel-request", requestId: data.requests[0]!.id });
    expect((await connectFrom(shop.domain, uniqueEmail())).status).toBe(200);
  });

  test("the merchant cancels a pending request: the developer no longer sees it; another store cannot cancel it", async () => {
    const shop = await installedShop();
    const other = await installedShop();
    const dev = await makeDeveloper();
    await connectFrom(shop.domain, dev.email);
    const [request] = (await home(dev)).requests;
    const foreign = await submit(other.domain, { intent: "cancel-request", requestId: request!.id });
    expect(foreign.status).toBe(404);
    expect((await home(dev)).requests).toHaveLength(1);
    const cancelled = await submit(shop.domain, { intent: "cancel-request", requestId: request!.id });
    expect(cancelled.data).toEqual({ ok: true, message: "Request cancelled." });
    expect((await home(dev)).requests).toEqual([]);
    expect((await settingsOf(shop.domain)).data.requests).toEqual([]);
    expect((await answer(dev, "accept-request", request!)).status).toBe(404);
    expect(await prisma.shopDeveloper.count({ where: { shopId: shop.id } })).toBe(0);
  });

  test(`a declined request can be sent again after ${ASK_AGAIN_AFTER_DAYS} days, not before`, async () => {
    const shop = await installedShop();
    const dev = await makeDeveloper();
    await connectFrom(shop.domain, dev.email);
    const [request] = (await home(dev)).requests;
    expect((await answer(dev, "decline-request", request!)).data).toEqual({
      answered: { answer: "decline", domain: shop.domain },
    });
    expect(await prisma.shopDeveloper.count({ where: { shopId: shop.id } })).toBe(0);
    const listed = (await settingsOf(shop.domain)).data.requests;
    expect(listed).toEqual([expect.objectContaining({ email: dev.email, status: "declined" })]);
    const soon = await connectFrom(shop.domain, dev.email);
    expect(soon.status).toBe(409);
    expect(soon.data).toMatchObject({
      errors: [{ field: "email" }],
      message: expect.stringContaining(listed[0]!.askAgainOn!),
    });

    setClockOffset(ASK_AGAIN_AFTER_DAYS * DAY_MS + 60_000);
    expect((await settingsOf(shop.domain)).data.requests).toEqual([]);
    expect((await connectFrom(shop.domain, dev.email)).data).toEqual({ ok: true, message: REQUEST_SENT });
    expect(await prisma.connectionRequest.count({ where: { shopId: shop.id, status: "pending" } })).toBe(1);
  });

  test("revoking an accepted developer works as before, and the store may ask them again", async () => {
    const shop = await installedShop();
    const dev = await makeDeveloper();
    await connectFrom(shop.domain, dev.email);
    await answer(dev, "accept-request", (await home(dev)).requests[0]!);
    const revoked = await submit(shop.domain, { intent: "revoke", developerId: dev.id });
    expect(revoked.data).toMatchObject({ ok: true });
    expect((await home(dev)).clients).toEqual([]);
    expect((await connectFrom(shop.domain, dev.email)).data).toEqual({ ok: true, message: REQUEST_SENT });
    await answer(dev, "accept-request", (await home(dev)).requests[0]!);
    expect((await home(dev)).clients.map((c) => c.shopId)).toEqual([shop.id]);
  });
});

describe("the developer's answer", () => {
  test("a developer cannot accept or decline another developer's request", async () => {
    const shop = await installedShop();
    const owner = await makeDeveloper();
    const intruder = await makeDeveloper();
    await connectFrom(shop.domain, owner.email);
    const [request] = (await home(owner)).requests;
    expect((await home(intruder)).requests).toEqual([]);
    expect((await answer(intruder, "accept-request", request!)).status).toBe(404);
    expect((await answer(intruder, "decline-request", request!)).status).toBe(404);
    // A malformed id is refused before any lookup, naming the field.
    expect((await answer(intruder, "accept-request", { shopId: shop.id, id: "not-a-uuid" })).status).toBe(
      400,
    );
    expect(await prisma.connectionRequest.findFirstOrThrow({ where: { shopId: shop.id } })).toMatchObject({
      status: "pending",
      developerId: null,
    });
    expect(await prisma.shopDeveloper.count({ where: { shopId: shop.id } })).toBe(0);
  });

  test("an answer without the form's CSRF token is refused and changes nothing", async () => {
    const shop = await installedShop();
    const dev = await makeDeveloper();
    await connectFrom(shop.domain, dev.email);
    const [request] = (await home(dev)).requests;
    expect((await answer(dev, "accept-request", request!, null)).status).toBe(403);
    expect((await answer(dev, "accept-request", request!, "forged")).status).toBe(403);
    expect((await home(dev)).requests).toHaveLength(1);
    expect(await prisma.shopDeveloper.count({ where: { shopId: shop.id } })).toBe(0);
  });

  test("a request from a store that uninstalled the app is not shown and cannot be accepted", async () => {
    const shop = await installedShop();
    const dev = await makeDeveloper();
    await connectFrom(shop.domain, dev.email);
    const [request] = (await home(dev)).requests;
    await prisma.shop.update({ where: { id: shop.id }, data: { uninstalledAt: new Date() } });
    expect((await home(dev)).requests).toEqual([]);
    expect((await answer(dev, "accept-request", request!)).status).toBe(404);
  });
});

describe("the company console", () => {
  test("lists requests to addresses without an account, by store; inviting one brings the requests to their home", async () => {
    const admin = await makeDeveloper({ role: "admin" });
    const first = await installedShop();
    const second = await installedShop();
    const newcomer = uniqueEmail("newcomer");
    const member = await makeDeveloper();
    await connectFrom(first.domain, newcomer);
    await connectFrom(second.domain, newcomer);
    await connectFrom(first.domain, member.email);

    // Other tests of this file leave requests too: look at these addresses only.
    const waitingFor = async (email: string) =>
      (await consoleLoader(args(getRequest("/developer/console", admin.cookie)))).waiting.filter(
        (address) => address.email === email,
      );
    expect(await waitingFor(newcomer)).toEqual([
      {
        email: newcomer,
        account: "none",
        requests: [
          expect.objectContaining({ domain: first.domain }),
          expect.objectContaining({ domain: second.domain }),
        ],
      },
    ]);
    // Each request says the day it was sent, counted in UTC as the rest of the console is.
    const sent = await prisma.connectionRequest.findFirstOrThrow({
      where: { shopId: first.id, email: newcomer },
    });
    expect((await waitingFor(newcomer))[0]!.requests[0]!.sentOn).toBe(dayOf(sent.createdAt, "UTC"));
    // A set-up account answers its own requests on the portal's home: the company is not asked.
    expect(await waitingFor(member.email)).toEqual([]);

    const invited = await callRoute(
      consoleAction,
      args(
        postRequest(
          "/developer/console",
          { intent: "invite", email: newcomer, name: "New Comer", role: "developer" },
          { cookie: admin.cookie, csrf: admin.csrf },
        ),
      ),
    );
    expect((invited.data as { link: { email: string } }).link.email).toBe(newcomer);
    expect(await waitingFor(newcomer)).toEqual([expect.objectContaining({ account: "invited" })]);

    // Once they have set a password (the factory follows the invite), the requests are theirs to answer.
    const joined = await makeDeveloper({ email: newcomer });
    expect((await home(joined)).requests.map((r) => r.domain).sort()).toEqual(
      [first.domain, second.domain].sort(),
    );
    expect(await waitingFor(newcomer)).toEqual([]);
  });
});
