// Serves the production build of the app for the preview: static assets, then Remix. The
// production server (remix-serve) never loads this file. Shopify-specific response headers are
// pointed at the emulated Shopify here, so the app's own code stays as in production.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
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

export async function appServer(config: PreviewConfig, buildDir = path.resolve("build")) {
  const build = (await import(pathToFileURL(path.join(buildDir, "server/index.js")).href)) as ServerBuild;
  const app = express();
  app.disable("x-powered-by");
  app.use((_req, res, next) => {
    const setHeader = res.setHeader.bind(res);
    res.setHeader = (name: string, value: number | string | readonly string[]) => {
      if (typeof value !== "string") return setHeader(name, value);
      const rewritten = previewHeader(name, value, config);
      return rewritten === null ? res : setHeader(name, rewritten);
    };
    next();
  });
  app.use("/assets", express.static(path.join(buildDir, "client/assets"), { immutable: true, maxAge: "1y" }));
  app.use(express.static(path.join(buildDir, "client"), { maxAge: "1h" }));
  // Browsers ask for it on every page; the app has none, and Remix would log each 404.
  app.get("/favicon.ico", (_req, res) => void res.status(204).end());
  app.all("*", createRequestHandler({ build, mode: "production" }));
  return app;
}
