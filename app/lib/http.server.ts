/** A 404 that says nothing about whether the thing exists for another shop. */
export function notFound(what = "page"): Response {
  return new Response(`This ${what} does not exist in your store.`, { status: 404 });
}
