// What the server (server/app.ts) passes to every loader and action as `context`.
declare module "@remix-run/node" {
  interface AppLoadContext {
    /**
     * The address of the connection's other end: the client, or the nearest proxy in front of the
     * app (see clientIp). Absent under the Vite dev server and in tests that do not set it.
     */
    clientAddress?: string;
  }
}

export {};
