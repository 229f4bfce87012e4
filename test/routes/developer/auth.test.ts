import { describe, expect, test } from "vitest";
import prisma from "~/db.server";
import { action as loginAction, loader as loginLoader } from "~/routes/developer.login";
import { action as logoutAction } from "~/routes/developer.logout";
import { loader as clientsLoader } from "~/routes/developer._index";
import { FORM_COOKIE, SESSION_COOKIE } from "~/portal/cookies.server";
import { login } from "~/services/developers/login.server";
import { PASSWORD, getRequest, makeDeveloper, postRequest, uniqueEmail } from "../../support/portal";
import { callRoute } from "../../support/routes";

const FORM = "form-csrf-token";
const formCookie = `${FORM_COOKIE}=${FORM}`;

function loginRequest(
  email: string,
  password: string,
  extra: { cookie?: string; headers?: Record<string, string> } = {},
) {
  return postRequest(
    "/developer/login",
    { email, password, next: "/developer/quotes" },
    {
      csrf: FORM,
      cookie: [formCookie, extra.cookie].filter(Boolean).join("; "),
      headers: extra.headers,
    },
  );
}

async function loginAt(email: string, password: string, at: Date, ip = "198.51.100.1") {
  return login({ email, password, ip }, at);
}

describe("developer login", () => {
  test("the login page sets an HttpOnly, Secure, SameSite=Lax form cookie with its CSRF token", async () => {
    const outcome = await loginLoader({ request: getRequest("/developer/login"), params: {}, context: {} });
    const init = (outcome as unknown as { init: { headers: Record<string, string> } }).init;
    const setCookie = init.headers["Set-Cookie"]!;
    expect(setCookie).toMatch(new RegExp(`^${FORM_COOKIE}=`));
    expect(setCookie).toContain("HttpOnly");
    expect(setCookie).toContain("Secure");
    expect(setCookie).toContain("SameSite=Lax");
    expect(setCookie).toContain((outcome.data as { csrf: string }).csrf);
  });

  test("the right password logs in with a new session in a secure cookie and goes to `next`", async () => {
    const dev = await makeDeveloper();
    const outcome = await callRoute(loginAction, {
      request: loginRequest(dev.email, PASSWORD),
      params: {},
      context: {},
    });
    expect(outcome.status).toBe(302);
    const response = outcome.response!;
    expect(response.headers.get("Location")).toBe("/developer/quotes");
    const setCookie = response.headers.get("Set-Cookie")!;
    expect(setCookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{43}; `));
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/Secure/);
    expect(setCookie).toMatch(/SameSite=Lax/);
  });

  test("a wrong password and an unknown email get the same answer", async () => {
    const dev = await makeDeveloper();
    const wrong = await callRoute(loginAction, {
      request: loginRequest(dev.email, "wrong password!"),
      params: {},
      context: {},
    });
    const unknown = await callRoute(loginAction, {
      request: loginRequest(uniqueEmail("nobody"), "wrong password!"),
      params: {},
      context: {},
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.data).toEqual(unknown.data);
    expect(await prisma.developerSession.count({ where: { developerId: dev.id } })).toBe(1);
  });

  test("the session is rotated at login: the cookie sent with the login form stops working", async () => {
    const dev = await makeDeveloper();
    const response = (
      await callRoute(loginAction, {
        request: loginRequest(dev.email, PASSWORD, { cookie: dev.cookie }),
        params: {},
        context: {},
      })
    ).response!;
    const fresh = response.headers.get("Set-Cookie")!.split(";")[0]!;
    expect(fresh).not.toBe(dev.cookie);
    const old = await callRoute(clientsLoader, {
      request: getRequest("/developer", dev.cookie),
      params: {},
      context: {},
    });
    expect(old.status).toBe(302);
    expect(old.response!.headers.get("Location")).toMatch(/^\/developer\/login/);
    const now = await callRoute(clientsLoader, {
      request: getRequest("/developer", fresh),
      params: {},
      context: {},
    });
    expect(now.status).toBe(200);
  });

  test("failures count against the connection's address, not an X-Forwarded-For the client sent", async () => {
    const email = uniqueEmail("spoof");
    const request = loginRequest(email, "wrong password!", { headers: { "X-Forwarded-For": "10.9.8.7" } });
    const outcome = await callRoute(loginAction, {
      request,
      params: {},
      context: { clientAddress: "198.51.100.23" },
    });
    expect(outcome.status).toBe(401);
    const attempts = await prisma.loginAttempt.findMany({ where: { email } });
    expect(attempts.map((attempt) => attempt.ip)).toEqual(["198.51.100.23"]);
  });

  test("a password over 256 characters is refused with 400 saying the limit", async () => {
    const dev = await makeDeveloper();
    const outcome = await callRoute(loginAction, {
      request: loginRequest(dev.email, "p".repeat(257)),
      params: {},
      context: {},
    });
    expect(outcome.status).toBe(400);
    expect(outcome.data).toMatchObject({
      code: "invalid_input",
      errors: [{ field: "password", message: "Use at most 256 characters." }],
    });
  });

  test("a login without the CSRF field is refused before anything is counted or created", async () => {
    const dev = await makeDeveloper();
    const request = postRequest(
      "/developer/login",
      { email: dev.email, password: PASSWORD },
      { csrf: null, cookie: formCookie },
    );
    const outcome = await callRoute(loginAction, { request, params: {}, context: {} });
    expect(outcome.status).toBe(403);
    expect(await prisma.developerSession.count({ where: { developerId: dev.id } })).toBe(1);
    expect(await prisma.loginAttempt.count({ where: { email: dev.email } })).toBe(0);
  });

  test("after 5 failures the account is locked for 15 minutes, even for the right password", async () => {
    const dev = await makeDeveloper();
    const start = new Date("2026-05-01T10:00:00Z");
    for (let i = 0; i < 5; i++) {
      expect(
        await loginAt(dev.email, "guess number " + i, new Date(start.getTime() + i * 1000)),
      ).toMatchObject({
        code: "invalid_login",
      });
    }
    const locked = await loginAt(dev.email, PASSWORD, new Date(start.getTime() + 60_000));
    expect(locked).toMatchObject({ ok: false, code: "rate_limited" });
    expect(await loginAt(dev.email, PASSWORD, new Date(start.getTime() + 15 * 60_000 + 5_000))).toMatchObject(
      {
        ok: true,
      },
    );
  });

  test("an unknown email is locked out the same way, so the lock reveals nothing", async () => {
    const email = uniqueEmail("ghost");
    const at = new Date("2026-05-01T10:00:00Z");
    for (let i = 0; i < 5; i++) await loginAt(email, "guess", at);
    expect(await loginAt(email, "guess", at)).toMatchObject({ code: "rate_limited" });
  });

  test("one IP is limited across accounts after 50 failures", async () => {
    const dev = await makeDeveloper();
    const at = new Date("2026-05-02T10:00:00Z");
    const ip = "192.0.2.99";
    for (let i = 0; i < 50; i++) await loginAt(uniqueEmail("spray"), "guess", at, ip);
    expect(await loginAt(dev.email, PASSWORD, at, ip)).toMatchObject({ code: "rate_limited" });
    expect(await loginAt(dev.email, PASSWORD, at, "192.0.2.100")).toMatchObject({ ok: true });
  });

  test("a deactivated developer cannot log in and their open session stops working", async () => {
    const dev = await makeDeveloper();
    await prisma.developer.update({ where: { id: dev.id }, data: { status: "deactivated" } });
    expect(await loginAt(dev.email, PASSWORD, new Date())).toMatchObject({
      ok: false,
      code: "invalid_login",
    });
    const page = await callRoute(clientsLoader, {
      request: getRequest("/developer", dev.cookie),
      params: {},
      context: {},
    });
    expect(page.status).toBe(302);
  });
});

describe("an ended session", () => {
  test("a cookie whose session ended goes to the login page, which says why and nothing more", async () => {
    const dev = await makeDeveloper();
    // What moving the preview clock past the session's end does: the session no longer opens.
    await prisma.developerSession.deleteMany({ where: { developerId: dev.id } });
    const outcome = (
      await callRoute(clientsLoader, {
        request: getRequest("/developer/quotes", dev.cookie),
        params: {},
        context: {},
      })
    ).response!;
    expect(outcome.status).toBe(302);
    expect(outcome.headers.get("Location")).toBe(
      `/developer/login?reason=ended&next=${encodeURIComponent("/developer/quotes")}`,
    );
    expect(outcome.headers.get("Set-Cookie")).toMatch(/Max-Age=0/);
    const page = await callRoute(loginLoader, {
      request: getRequest(outcome.headers.get("Location")!),
      params: {},
      context: {},
    });
    expect((page.data as { ended: boolean }).ended).toBe(true);
    const plain = await callRoute(loginLoader, {
      request: getRequest("/developer/login"),
      params: {},
      context: {},
    });
    expect((plain.data as { ended: boolean }).ended).toBe(false);
    // Any other reason is not ours: refused, naming the parameter.
    const odd = await callRoute(loginLoader, {
      request: getRequest("/developer/login?reason=locked"),
      params: {},
      context: {},
    });
    expect(odd.status).toBe(400);
  });
});

describe("developer logout", () => {
  test("logging out ends the session and clears the cookie", async () => {
    const dev = await makeDeveloper();
    const outcome = (
      await callRoute(logoutAction, {
        request: postRequest("/developer/logout", {}, { cookie: dev.cookie, csrf: dev.csrf }),
        params: {},
        context: {},
      })
    ).response!;
    expect(outcome.status).toBe(302);
    expect(outcome.headers.get("Set-Cookie")).toMatch(/Max-Age=0/);
    expect(await prisma.developerSession.count({ where: { developerId: dev.id } })).toBe(0);
  });

  test("a logout without the CSRF field is refused and the session stays", async () => {
    const dev = await makeDeveloper();
    const outcome = await callRoute(logoutAction, {
      request: postRequest("/developer/logout", {}, { cookie: dev.cookie }),
      params: {},
      context: {},
    });
    expect(outcome.status).toBe(403);
    expect(await prisma.developerSession.count({ where: { developerId: dev.id } })).toBe(1);
  });
});
