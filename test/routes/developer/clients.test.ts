import { describe, expect, test } from "vitest";
import { action as clientsAction, loader as clientsLoader } from "~/routes/developer._index";
import { listClients } from "~/services/developers/clients.server";
import { offerUrl } from "~/services/developers/offer-links.server";
import { verifyOfferToken } from "~/services/offers.server";
import { approveQuote, createQuote } from "~/services/quotes/commands.server";
import { bodyOf, connect, getRequest, makeDeveloper, postRequest, statusOf } from "../../support/portal";
import { buyPack, createShop } from "../../support/factories";

const at = (iso: string) => new Date(iso);

describe("clients", () => {
  test("clients are sorted most urgent first: open window, then hours at risk, then calm, then empty", async () => {
    const dev = await makeDeveloper();
    const now = at("2024-09-02T12:00:00Z");
    const calm = await createShop();
    const empty = await createShop();
    const atRisk = await createShop();
    const windowOpen = await createShop();
    for (const shop of [calm, empty, atRisk, windowOpen]) await connect(shop.id, dev.id);
    await buyPack(calm.id, "25h", at("2024-08-20T12:00:00Z"), dev.id); // expires Nov 20
    await buyPack(atRisk.id, "10h", at("2024-06-10T12:00:00Z"), dev.id); // expires Sep 10: at risk
    await buyPack(windowOpen.id, "10h", at("2024-06-01T12:00:00Z"), dev.id); // expired Sep 1, window to Sep 3
    const quote = await createQuote(
      { shopId: atRisk.id, title: "Hold some", estimate: { hours: 4 } },
      at("2024-09-01T00:00:00Z"),
    );
    if (!quote.ok) throw new Error(quote.message);
    await approveQuote(atRisk.id, quote.quote.id, at("2024-09-01T00:00:00Z"));

    const clients = await listClients(dev.id, now);
    expect(clients.map((c) => c.shopId)).toEqual([windowOpen.id, atRisk.id, calm.id, empty.id]);
    expect(clients[0]!.openWindows).toEqual([
      expect.objectContaining({ minutes: 600, expiredOn: "2024-08-31", buyBy: "2024-09-03" }),
    ]);
    expect(clients[1]).toMatchObject({
      availableMinutes: 360,
      heldMinutes: 240,
      atRiskMinutes: 360,
      nextExpiry: { expiresOn: "2024-09-09" },
    });
  });

  test("an offer link for the unlisted 10 h pack opens the store's admin with the offer preselected", async () => {
    const dev = await makeDeveloper();
    const shop = await createShop();
    await connect(shop.id, dev.id);
    const request = postRequest(
      "/developer",
      { intent: "offer", shopDomain: shop.domain, tier: "10h" },
      { cookie: dev.cookie, csrf: dev.csrf },
    );
    const { offer } = bodyOf<{ offer: { url: string; hours: number } }>(
      await clientsAction({ request, params: {}, context: {} }),
    );
    const url = new URL(offer.url);
    const handle = shop.domain.replace(".myshopify.com", "");
    expect(`${url.origin}${url.pathname}`).toBe(
      `https://admin.shopify.com/store/${handle}/apps/testApiKey/app/packs`,
    );
    const verified = verifyOfferToken(
      url.searchParams.get("offer")!,
      shop.domain,
      "testApiSecretKey",
      new Date(),
    );
    expect(verified).toMatchObject({ ok: true, offer: { developerId: dev.id, tier: { id: "10h" } } });
    expect(offer.hours).toBe(10);
    expect(offerUrl("a.myshopify.com", "t")).toBe(
      "https://admin.shopify.com/store/a/apps/testApiKey/app/packs?offer=t",
    );
  });

  test("offers are refused for a store that revoked the developer, and for a malformed domain", async () => {
    const dev = await makeDeveloper();
    const shop = await createShop();
    await connect(shop.id, dev.id, new Date());
    const send = (fields: Record<string, string>) =>
      clientsAction({
        request: postRequest(
          "/developer",
          { intent: "offer", ...fields },
          { cookie: dev.cookie, csrf: dev.csrf },
        ),
        params: {},
        context: {},
      });
    expect(bodyOf(await send({ shopDomain: shop.domain, tier: "25h" }))).toMatchObject({
      code: "invalid_state",
    });
    expect(statusOf(await send({ shopDomain: "https://evil.example", tier: "25h" }))).toBe(400);
    expect(statusOf(await send({ shopDomain: "new-client.myshopify.com", tier: "99h" }))).toBe(400);
    expect(statusOf(await send({ shopDomain: "new-client.myshopify.com", tier: "75h" }))).toBe(200);
    expect(
      (await clientsLoader({ request: getRequest("/developer", dev.cookie), params: {}, context: {} }))
        .clients,
    ).toEqual([]);
  });
});
