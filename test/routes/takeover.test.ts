// Issue 10, section 1: the takeover as it was reported. Connecting a developer by email in a store's
// Settings used to reuse an account without a password (admin role included), cancel the company's
// invite link and hand the store a fresh one. Now it only records a request: no link, no token, no
// change to any account, and the store is connected only once the developer accepts.
import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { action as settingsAction, loader as settingsLoader } from "~/routes/app.settings";
import { action as homeAction, loader as homeLoader } from "~/routes/developer._index";
import { action as consoleAction, loader as consoleLoader } from "~/routes/developer.console._index";
import { action as passwordAction } from "~/routes/developer.password.$token";
import { action as storeAction, loader as storeLoader } from "~/routes/developer.stores.$shopId";
import { FORM_COOKIE, SESSION_COOKIE } from "~/portal/cookies.server";
import { inviteDeveloper } from "~/services/developers/accounts.server";
import { REQUEST_SENT } from "~/services/connection-requests.server";
import {
  PASSWORD,
  bodyOf,
  connect,
  getRequest,
  makeDeveloper,
  postRequest,
  settle,
  statusOf,
  uniqueEmail,
} from "../support/portal";
import { adminRequest, callRoute, type RouteAnswer } from "../support/routes";
import { installedShop } from "../support/factories";

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });

const connectFrom = async (shopDomain: string, email: string) =>
  callRoute(
    settingsAction,
    await adminRequest(shopDomain, "/app/settings", { form: { intent: "connect", email } }),
  );
const settingsOf = async (shopDomain: string) =>
  callRoute(settingsLoader, await adminRequest(shopDomain, "/app/settings"));

/** Everything about an account a takeover could touch: the row, its links and its sessions. */
async function accountState(email: string) {
  const developer = await prisma.developer.findUniqueOrThrow({
    where: { email },
    include: {
      tokens: { orderBy: { createdAt: "asc" } },
      sessions: { select: { id: true } },
      shops: true,
    },
  });
  return developer;
}

/** No password link, no token of `secrets`, anywhere in what a merchant received. */
function expectNothingSecret(answer: RouteAnswer, secrets: string[] = []) {
  const text = JSON.stringify(answer.data);
  expect(text).not.toMatch(/\/developer\/password\//);
  expect(text).not.toMatch(/inviteLink|token/i);
  for (const secret of secrets) expect(text).not.toContain(secret);
}

const tokenOf = (link: string) => link.split("/").pop()!;

/** Sets a password through a single-use link, as the browser does; returns the new session cookie. */
async function setPasswordThrough(link: string) {
  const token = tokenOf(link);
  const outcome = await settle(() =>
    passwordAction(
      args(
        postRequest(
          `/developer/password/${token}`,
          { password: PASSWORD, confirmation: PASSWORD },
          { cookie: `${FORM_COOKIE}=form-token`, csrf: "form-token" },
        ),
        { token },
      ),
    ),
  );
  expect(outcome).toBeInstanceOf(Response);
  const response = outcome as Response;
  expect(response.status).toBe(302);
  expect(response.headers.get("Location")).toBe("/developer");
  const session = /sp_session=([^;]+)/.exec(response.headers.get("Set-Cookie") ?? "")?.[1];
  expect(session).toBeTruthy();
  return `${SESSION_COOKIE}=${session}`;
}

describe("the reported takeover is closed", () => {
  test("(a) a store connecting a company admin's fresh invite gets no link and changes nothing; the company's link still works", async () => {
    const admin = await makeDeveloper({ role: "admin" });
    const invited = await consoleAction(
      args(
        postRequest(
          "/developer/console",
          { intent: "invite", email: "boss@example.com", name: "The Boss", role: "admin" },
          { cookie: admin.cookie, csrf: admin.csrf },
        ),
      ),
    );
    const companyLink = bodyOf<{ link: { url: string } }>(invited).link.url;
    const before = await accountState("boss@example.com");
    expect(before).toMatchObject({ role: "admin", name: "The Boss", passwordHash: null });

    const attacker = await installedShop();
    const answer = await connectFrom(attacker.domain, " BOSS@example.com ");
    expect(answer.status).toBe(200);
    expect(answer.data).toEqual({ ok: true, message: REQUEST_SENT });
    expectNothingSecret(answer, [tokenOf(companyLink)]);
    const page = await settingsOf(attacker.domain);
    expectNothingSecret(page, [tokenOf(companyLink)]);
    expect(page.data.developers).toEqual([]);
    expect(page.data.requests).toEqual([
      expect.objectContaining({ email: "boss@example.com", status: "pending", askAgainOn: null }),
    ]);
    expect(JSON.stringify(page.data)).not.toContain("The Boss");

    // Role, name, password, links, sessions and connections: all as the company left them.
    expect(await accountState("boss@example.com")).toEqual(before);

    const cookie = await setPasswordThrough(companyLink);
    const console = await consoleLoader(args(getRequest("/developer/console", cookie)));
    expect(console.me).toBe(before.id);
    // The store's request waits on the new admin's portal home; nothing connected them.
    const home = await homeLoader(args(getRequest("/developer", cookie)));
    expect(home.requests).toEqual([expect.objectContaining({ domain: attacker.domain })]);
    expect(home.clients).toEqual([]);
  });

  test.each([
    { variant: "with a password", setUp: true },
    { variant: "invited, without a password yet", setUp: false },
  ])(
    "(b) another store connecting a developer of store A ($variant) changes nothing until they accept",
    async ({ setUp }) => {
      const email = uniqueEmail("contractor");
      const storeA = await installedShop();
      const storeB = await installedShop();
      let cookie: string | null = null;
      let companyLink: string | null = null;
      if (setUp) {
        cookie = (await makeDeveloper({ email })).cookie;
      } else {
        const invited = await inviteDeveloper({ email, name: "Casey Contractor" }, new Date());
        if (!invited.ok) throw new Error(invited.message);
        companyLink = invited.link;
      }
      const developerId = (await prisma.developer.findUniqueOrThrow({ where: { email } })).id;
      await connect(storeA.id, developerId);
      const before = await accountState(email);

      const answer = await connectFrom(storeB.domain, email);
      expect(answer).toMatchObject({ status: 200, data: { ok: true, message: REQUEST_SENT } });
      expectNothingSecret(answer, companyLink ? [tokenOf(companyLink)] : []);
      const page = await settingsOf(storeB.domain);
      expectNothingSecret(page, companyLink ? [tokenOf(companyLink)] : []);
      expect(page.data.developers).toEqual([]);
      expect(await accountState(email)).toEqual(before);

      if (companyLink) cookie = await setPasswordThrough(companyLink);
      const session = cookie!;
      const csrf = (await prisma.developerSession.findFirstOrThrow({ where: { developerId } })).csrfToken;

      // Store B is not a client and cannot receive the developer's quotes yet.
      const home = await homeLoader(args(getRequest("/developer", session)));
      expect(home.clients.map((c) => c.shopId)).toEqual([storeA.id]);
      const quoteForB = () =>
        settle(() =>
          storeAction(
            args(
              postRequest(
                `/developer/stores/${storeB.id}`,
                { title: "Unasked work", estimateHours: "2" },
                { cookie: session, csrf },
              ),
              { shopId: storeB.id },
            ),
          ),
        );
      expect(statusOf(await quoteForB())).toBe(404);
      expect(
        statusOf(
          await settle(() =>
            storeLoader(args(getRequest(`/developer/stores/${storeB.id}`, session), { shopId: storeB.id })),
          ),
        ),
      ).toBe(404);
      expect(await prisma.quote.count({ where: { shopId: storeB.id } })).toBe(0);

      // The developer accepts on the portal home: now store B is a client and takes their quotes.
      const [request] = home.requests;
      expect(request).toMatchObject({ shopId: storeB.id, domain: storeB.domain });
      const accepted = await homeAction(
        args(
          postRequest(
            "/developer",
            { intent: "accept-request", shopId: storeB.id, requestId: request!.id },
            { cookie: session, csrf },
          ),
        ),
      );
      expect(bodyOf(accepted)).toEqual({ answered: { answer: "accept", domain: storeB.domain } });
      const after = await homeLoader(args(getRequest("/developer", session)));
      expect(after.clients.map((c) => c.shopId).sort()).toEqual([storeA.id, storeB.id].sort());
      expect(after.requests).toEqual([]);
      const quoted = await quoteForB();
      expect(statusOf(quoted)).toBe(302);
      expect(await prisma.quote.count({ where: { shopId: storeB.id, developerId } })).toBe(1);
      expect((await settingsOf(storeB.domain)).data).toMatchObject({
        developers: [expect.objectContaining({ developerId, email })],
        requests: [],
      });
    },
  );
});
