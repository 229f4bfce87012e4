// A fault (an error thrown while serving a page) is logged once, with a request id and without any
// secret of the URL; an answer (a 404, a refused input) is not a fault and is not logged. Served
// through Remix's own request handler with the app's entry (handleError) and layouts.
import { RequestType, setUpValidRequest } from "@shopify/shopify-api/test-helpers";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import * as app from "~/routes/app";
import * as portal from "~/routes/developer";
import * as elsewhere from "~/routes/$";
import { notFound } from "~/lib/http.server";
import { serve } from "../support/pages";
import { getRequest } from "../support/portal";
import { installedShop } from "../support/factories";

const TOKEN = "Zm9yZ2V0LW1lLXRoaXMtaXMtYS1wYXNzd29yZC1saW5r"; // a password link's token (43+ characters)
const SECRETS = ["secret-session-value", "secret-hmac-value", TOKEN];

/** A page whose loader fails the way the named scenario does. */
function failing(scenario: "fault" | "not found" | "response") {
  return {
    loader: ({ request }: { request: Request }) => {
      if (scenario === "not found") throw notFound("This page does not exist.");
      if (scenario === "response") throw new Response("Not here", { status: 404 });
      // A fault whose message quotes the URL, as library errors often do.
      throw new Error(`Could not load ${request.url} (Authorization: Bearer secret-bearer-value)`);
    },
    default: () => null,
  };
}

function pages(scenario: "fault" | "not found" | "response") {
  return serve([
    { id: "routes/$", path: "*", module: elsewhere },
    { id: "routes/app", path: "app", module: app },
    { id: "routes/app.broken", parentId: "routes/app", path: "broken", module: failing(scenario) },
    { id: "routes/developer", path: "developer", module: portal },
    {
      id: "routes/developer.password.$token",
      parentId: "routes/developer",
      path: "password/:token",
      module: failing(scenario),
    },
  ]);
}

let logged: string[];
beforeEach(() => {
  logged = [];
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    logged.push(String(chunk));
    return true;
  });
  // Warnings count too: React Router warns about unmatched URLs quoting the whole URL.
  for (const level of ["warn", "error"] as const)
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      logged.push(args.map(String).join(" "));
    });
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** A merchant's document load: Shopify puts id_token, session, hmac and host in the query. */
async function merchantLoad(path: string) {
  const shop = await installedShop();
  const signed = await setUpValidRequest(
    {
      type: RequestType.Admin,
      store: shop.domain.replace(/\.myshopify\.com$/, ""),
      apiKey: "testApiKey",
      apiSecretKey: "testApiSecretKey",
    },
    new Request(
      `https://my-test-app.myshopify.io${path}?session=secret-session-value&hmac=secret-hmac-value`,
    ),
  );
  const idToken = new URL(signed.url).searchParams.get("id_token")!;
  return { request: signed, idToken };
}

describe("faults", () => {
  test("a loader's error in the merchant app is logged once, with the request id and no token", async () => {
    const { request, idToken } = await merchantLoad("/app/broken");
    const response = await pages("fault")(request);
    expect(response.status).toBe(500);
    const html = await response.text();
    expect(html).toContain("Something went wrong on our side");
    expect(logged).toHaveLength(1);
    const line = JSON.parse(logged[0]!);
    expect(line).toMatchObject({
      level: "error",
      method: "GET",
      path: "/app/broken",
      requestId: response.headers.get("X-Request-Id"),
    });
    expect(line.requestId).toMatch(/^[\w.-]{8,64}$/);
    expect(line.error).toContain("Could not load");
    for (const secret of [...SECRETS, idToken, "secret-bearer-value"])
      expect(logged[0]).not.toContain(secret);
  });

  test("a fault on a password link's page is logged without the token in its path", async () => {
    const response = await pages("fault")(getRequest(`/developer/password/${TOKEN}`));
    expect(response.status).toBe(500);
    expect(logged).toHaveLength(1);
    expect(JSON.parse(logged[0]!)).toMatchObject({ path: "/developer/password/[token]" });
    for (const secret of [...SECRETS, "secret-bearer-value"]) expect(logged[0]).not.toContain(secret);
  });

  test("a proxy's request id is kept, so that a report can be traced through both logs", async () => {
    const request = getRequest(`/developer/password/${TOKEN}`);
    request.headers.set("X-Request-Id", "proxy-request-0042");
    const response = await pages("fault")(request);
    expect(response.headers.get("X-Request-Id")).toBe("proxy-request-0042");
    expect(JSON.parse(logged[0]!)).toMatchObject({ requestId: "proxy-request-0042" });
  });

  test.for(["not found", "response"] as const)(
    "a 404 (%s) is an answer, not a fault: nothing is logged",
    async (scenario) => {
      const { request } = await merchantLoad("/app/broken");
      expect((await pages(scenario)(request)).status).toBe(404);
      expect((await pages(scenario)(getRequest(`/developer/password/${TOKEN}`))).status).toBe(404);
      expect(logged).toEqual([]);
    },
  );

  test("an address no page serves is a 404 page, not a fault, and nothing quotes its id_token", async () => {
    const { request } = await merchantLoad("/app/no-such-page");
    const response = await pages("fault")(request);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("There is no page at this address.");
    expect(logged).toEqual([]);
  });
});
