// Starts `npm run preview` on free ports for the browser tests and stops it afterwards. The
// preview builds the app first (as a newcomer's `npm run preview` does) unless PREVIEW_NO_BUILD=1.
import { spawn, type ChildProcess } from "node:child_process";
import type { TestProject } from "vitest/node";
import { freePort } from "../../../scripts/lib/embedded-db";

declare module "vitest" {
  export interface ProvidedContext {
    appUrl: string;
    shopifyUrl: string;
    apiKey: string;
  }
}

const READY = "Preview ready.";

function waitForReady(child: ChildProcess, output: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The preview did not start:\n${output.join("")}`)),
      220_000,
    );
    const read = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.join("").includes(READY)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`The preview exited with code ${code}:\n${output.join("")}`));
    });
  });
}

export default async function setup(project: TestProject) {
  const [port, shopifyPort] = [await freePort(), await freePort()];
  const args = ["scripts/preview.ts", "--port", String(port), "--shopify-port", String(shopifyPort)];
  if (process.env.PREVIEW_NO_BUILD === "1") args.push("--no-build");
  // vitest sets NODE_ENV=test; the preview runs as development.
  const env = { ...process.env, NODE_ENV: "development" as const };
  const child = spawn("tsx", args, { stdio: ["ignore", "pipe", "pipe"], env });
  const output: string[] = [];
  await waitForReady(child, output);
  const text = output.join("");
  const apiKey = /\/apps\/([^/]+)\/app/.exec(text)?.[1] ?? "";
  project.provide("appUrl", `http://localhost:${port}`);
  project.provide("shopifyUrl", `http://localhost:${shopifyPort}`);
  project.provide("apiKey", apiKey);
  // Later output (warnings, errors) helps when a test fails.
  child.stdout?.on("data", (chunk: Buffer) => process.stdout.write(`[preview] ${chunk}`));
  child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(`[preview] ${chunk}`));
  return async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  };
}
