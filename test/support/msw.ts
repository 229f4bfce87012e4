import { graphql as graphqlLink, HttpResponse, type GraphQLQuery, type GraphQLVariables } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll } from "vitest";

/** Every Admin API GraphQL request a test's code sent, in order. */
export interface SentOperation {
  shop: string;
  query: string;
  variables: GraphQLVariables;
}

export const adminApi = graphqlLink.link(/^https:\/\/[^/]+\/admin\/api\/[^/]+\/graphql\.json$/);
export const server = setupServer();
export const sent: SentOperation[] = [];

/** Starts msw for this test file: unhandled requests fail loudly; handlers reset per test. */
export function mockAdminApi() {
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => {
    server.resetHandlers();
    sent.length = 0;
  });
  afterAll(() => server.close());
}

/** Answers one named Admin API operation with `data`, recording what was sent. */
export function answer<D extends GraphQLQuery>(
  operationName: string,
  data: D | ((vars: GraphQLVariables) => D),
) {
  return adminApi.operation(async ({ query, variables, request }) => {
    const name = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
    if (name !== operationName) return undefined;
    sent.push({ shop: new URL(request.url).host, query, variables });
    return HttpResponse.json({ data: typeof data === "function" ? data(variables) : data });
  });
}
