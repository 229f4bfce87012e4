import { notFound } from "../lib/http.server";

// An address under /app that no page serves: a 404 page inside the app's navigation (app.tsx's
// boundary), rather than the bare page of the root's catch-all.
export const loader = () => {
  throw notFound("There is no page at this address in the app. Check the link, or go back to Home.");
};

export default function NoSuchAppPage() {
  return null;
}
