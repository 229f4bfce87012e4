// Calling route modules directly, as Remix would, for loader/action tests.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";

type Handler = (args: ActionFunctionArgs & LoaderFunctionArgs) => unknown;

/** Runs a loader or action; a thrown Response (redirect, 404, 401) is returned like any answer. */
export async function call(handler: Handler, request: Request, params: Record<string, string> = {}) {
  try {
    const result = await handler({ request, params, context: {} });
    return result instanceof Response ? result : Response.json(result);
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

/** The JSON body of a loader's or action's answer. */
export async function body<T = Record<string, unknown>>(response: Response): Promise<T> {
  return (await response.json()) as T;
}
