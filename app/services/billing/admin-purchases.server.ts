import { z } from "zod";
import type { AdminGraphql } from "../shops.server";

// Shopify's documented operations (Admin GraphQL 2026-10): appPurchaseOneTimeCreate and
// node(id:) on AppPurchaseOneTime, both reading the purchase through one fragment (so that the
// fields we read are the fields purchaseSchema parses). Tests assert the exact text we send.
const PURCHASE_FIELDS = `#graphql
  fragment PurchaseFields on AppPurchaseOneTime {
    id
    name
    status
    test
    createdAt
    price {
      amount
      currencyCode
    }
  }`;

export const APP_PURCHASE_ONE_TIME_CREATE = `#graphql
  mutation AppPurchaseOneTimeCreate($name: String!, $price: MoneyInput!, $returnUrl: URL!, $test: Boolean) {
    appPurchaseOneTimeCreate(name: $name, price: $price, returnUrl: $returnUrl, test: $test) {
      appPurchaseOneTime {
        ...PurchaseFields
      }
      confirmationUrl
      userErrors {
        field
        message
      }
    }
  }
  ${PURCHASE_FIELDS}`;

export const APP_PURCHASE_ONE_TIME = `#graphql
  query AppPurchaseOneTime($id: ID!) {
    node(id: $id) {
      ...PurchaseFields
    }
  }
  ${PURCHASE_FIELDS}`;

const purchaseSchema = z.object({
  id: z.string().startsWith("gid://shopify/AppPurchaseOneTime/"),
  name: z.string(),
  status: z.enum(["PENDING", "ACTIVE", "DECLINED", "EXPIRED", "ACCEPTED"]),
  test: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
  price: z.object({ amount: z.union([z.string(), z.number()]), currencyCode: z.string() }),
});

/** An AppPurchaseOneTime as Shopify reports it. */
export type ShopifyPurchase = z.infer<typeof purchaseSchema>;

const createSchema = z.object({
  data: z.object({
    appPurchaseOneTimeCreate: z.object({
      appPurchaseOneTime: purchaseSchema.nullable(),
      confirmationUrl: z.url().nullable(),
      userErrors: z.array(z.object({ message: z.string() })),
    }),
  }),
});

const readSchema = z.object({ data: z.object({ node: z.record(z.string(), z.unknown()).nullable() }) });

export type CreateResult =
  { ok: true; purchase: ShopifyPurchase; confirmationUrl: string } | { ok: false; message: string };

/** Creates a one-time purchase; Shopify answers with the purchase and the URL to approve it. */
export async function createOneTimePurchase(
  graphql: AdminGraphql,
  variables: {
    name: string;
    price: { amount: number; currencyCode: string };
    returnUrl: string;
    test: boolean;
  },
): Promise<CreateResult> {
  const response = await graphql(APP_PURCHASE_ONE_TIME_CREATE, { variables });
  const parsed = createSchema.safeParse(await response.json());
  if (!parsed.success) return { ok: false, message: "Shopify's answer could not be read." };
  const { appPurchaseOneTime, confirmationUrl, userErrors } = parsed.data.data.appPurchaseOneTimeCreate;
  if (userErrors.length > 0) return { ok: false, message: userErrors.map((e) => e.message).join(" ") };
  if (!appPurchaseOneTime || !confirmationUrl)
    return { ok: false, message: "Shopify did not return the purchase." };
  return { ok: true, purchase: appPurchaseOneTime, confirmationUrl };
}

/** Reads a one-time purchase by its gid; null when Shopify does not know it. */
export async function readOneTimePurchase(
  graphql: AdminGraphql,
  id: string,
): Promise<ShopifyPurchase | null> {
  const response = await graphql(APP_PURCHASE_ONE_TIME, { variables: { id } });
  const parsed = readSchema.safeParse(await response.json());
  if (!parsed.success) throw new Error(`Unreadable AppPurchaseOneTime answer for ${id}`);
  const node = parsed.data.data.node;
  // Another type's node (or none) answers with no fields of the fragment.
  if (!node || !("id" in node)) return null;
  return purchaseSchema.parse(node);
}

/** Money as Shopify writes it ("950.0") in integer cents. */
export function toCents(amount: string | number): number {
  return Math.round(Number(amount) * 100);
}
