// Web vitals of the merchant's Home and Packs in headless Chromium against the preview (after
// `npm run build`): largest contentful paint and cumulative layout shift inside the app's frame,
// and the latency of one interaction (a click) from the Event Timing API. Median of `--runs`
// loads (default 5). `npx tsx scripts/vitals.ts [--runs N]`. A measurement, not a test.
import { spawn } from "node:child_process";
import { chromium, type Frame } from "playwright-core";
import { freePort } from "./lib/embedded-db";

const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 5;
const [port, shopifyPort] = [await freePort(), await freePort()];
const preview = spawn(
  "tsx",
  ["scripts/preview.ts", "--port", String(port), "--shopify-port", String(shopifyPort), "--no-build"],
  { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, NODE_ENV: "development" } },
);
const merchantUrl = await new Promise<string>((resolve, reject) => {
  let text = "";
  preview.stdout.on("data", (chunk: Buffer) => {
    text += chunk.toString();
    const url = /Merchant admin \(Shopify emulated\)\s+(\S+)/.exec(text)?.[1];
    if (url && text.includes("Preview ready.")) resolve(url);
  });
  preview.once("exit", (code) => reject(new Error(`The preview exited with ${code}`)));
});

/** Starts the observers in the frame: they report entries buffered since navigation began. */
async function observe(frame: Frame) {
  await frame.evaluate(() => {
    const w = window as unknown as { vitals: { lcp: number; cls: number; inp: number } };
    w.vitals = { lcp: 0, cls: 0, inp: 0 };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.vitals.lcp = Math.max(w.vitals.lcp, e.startTime);
    }).observe({ type: "largest-contentful-paint", buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!e.hadRecentInput) w.vitals.cls += e.value;
    }).observe({ type: "layout-shift", buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.vitals.inp = Math.max(w.vitals.inp, e.duration);
    }).observe({ type: "event", buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
  });
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu"],
});
const userAgent = `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${browser.version()} Safari/537.36`;
const pages = [
  { name: "home", path: "", click: "View statement" },
  { name: "packs", path: "/packs", click: "Buy 25 hours" },
];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
try {
  for (const { name, path, click } of pages) {
    const samples: { lcp: number; cls: number; inp: number }[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, userAgent });
      const page = await context.newPage();
      await page.goto(`${merchantUrl}${path}`);
      const frame = await (await page.waitForSelector("#app-frame")).contentFrame();
      if (!frame) throw new Error("No app frame");
      await frame.getByText(click).first().waitFor();
      await observe(frame);
      // The interaction: a click that opens a confirmation or navigates; measured by the browser.
      await frame.getByText(click).first().click();
      await page.waitForTimeout(500);
      samples.push(await frame.evaluate(() => (window as unknown as { vitals: never }).vitals));
      await context.close();
    }
    const lcp = median(samples.map((s) => s.lcp));
    const cls = median(samples.map((s) => s.cls));
    const inp = median(samples.map((s) => s.inp));
    // Event Timing reports only interactions of 16 ms or more: none means faster than that.
    const interaction = inp > 0 ? `${Math.round(inp)} ms` : "under 16 ms";
    console.log(
      `${name}: LCP ${Math.round(lcp)} ms, CLS ${cls.toFixed(3)}, interaction ${interaction} (median of ${runs})`,
    );
  }
} finally {
  await browser.close();
  preview.kill("SIGTERM");
}
