// Serves the production build for the preview through the production server (server/app.ts).
// Only Shopify-specific response headers change here: they point at the emulated Shopify, so the
// app's own code stays as in production.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import type { RequestHandler } from "express";
import { appServer } from "../../server/app";
import type { PreviewConfig } from "./config";

/** Rewrites a header the app sets for Shopify into its preview equivalent (null drops it). */
export function previewHeader(name: string, value: string, config: PreviewConfig): string | null {
  const header = name.toLowerCase();
  if (header === "content-security-policy" && value.includes("admin.shopify.com"))
    return value.replace(/frame-ancestors [^;]*/, `frame-ancestors ${config.shopifyUrl}`);
  // The preload hint for cdn.shopify.com's App Bridge would reach for the internet.
  if (header === "link" && value.includes("cdn.shopify.com")) return null;
  if (header === "location") return value.replace(/^https:\/\/admin\.shopify\.com(?=\/)/, config.shopifyUrl);
  return value;
}

function rewriteShopifyHeaders(config: PreviewConfig): RequestHandler {
  return (_req, res, next) => {
    const setHeader = res.setHeader.bind(res);
    res.setHeader = (name: string, value: number | string | readonly string[]) => {
      if (typeof value !== "string") return setHeader(name, value);
      const rewritten = previewHeader(name, value, config);
      return rewritten === null ? res : setHeader(name, rewritten);
    };
    next();
  };
}

export async function appServerForPreview(config: PreviewConfig, buildDir = path.resolve("build")) {
  const build = (await import(pathToFileURL(path.join(buildDir, "server/index.js")).href)) as ServerBuild;
  return appServer({
    handle: createRequestHandler(build, "production"),
    clientDir: path.join(buildDir, "client"),
    before: [rewriteShopifyHeaders(config)],
  });
}
