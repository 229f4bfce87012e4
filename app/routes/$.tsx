import { notFound } from "../lib/http.server";

// Every address no other route serves: a 404 page (the root boundary), instead of Remix's default
// page and React Router's console warning, which quotes the whole URL (Shopify's id_token too).
export const loader = () => {
  throw notFound("There is no page at this address. Check the link, or open the app from Shopify admin.");
};

export default function NoSuchPage() {
  return null;
}
