import { isIP } from "node:net";
import type { AppLoadContext } from "@remix-run/node";
import { env } from "../env.server";

function address(value: string | undefined): string | null {
  const trimmed = value?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  return trimmed && isIP(trimmed) ? trimmed : null;
}

/**
 * The client's IP for the login limits (docs/decisions/091-client-ip-from-trusted-hops.md).
 *
 * `hops` (TRUSTED_PROXY_HOPS) is the number of proxies in front of the app, each appending the
 * address it received the request from to X-Forwarded-For. With 0 the client is the connection's
 * other end; with N it is the N-th entry from the right of X-Forwarded-For, the one the outermost
 * trusted proxy wrote. Entries further left come from the client and are never read. When the
 * header has fewer entries than hops, or that entry is not an IP, the connection's address stands
 * in (the request did not come through the proxies as configured).
 */
export function clientIp(request: Request, context: AppLoadContext, hops = env.TRUSTED_PROXY_HOPS): string {
  const peer = address(context.clientAddress);
  if (hops > 0) {
    const entries = request.headers.get("X-Forwarded-For")?.split(",") ?? [];
    const forwarded = entries.length >= hops ? address(entries[entries.length - hops]) : null;
    if (forwarded) return forwarded;
  }
  return peer ?? "unknown";
}
