import type { LoaderFunctionArgs } from "@remix-run/node";
import { authenticate } from "../shopify.server";
import { checkShopifyParams } from "../merchant/auth.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  checkShopifyParams(request);
  await authenticate.admin(request);
  return null;
};
