// Checks every browser test applies to the pages it visits: accessibility (axe-core, through
// @axe-core/playwright) and, at phone width, no content wider than the screen.
import AxeBuilder from "@axe-core/playwright";
import type { Frame, Page } from "playwright-core";
import { expect } from "vitest";

/** Phone width the mobile findings were seen at. */
export const PHONE = { width: 390, height: 844 };

/**
 * The frame holding the app's own content: the embedded app's iframe inside the emulated admin,
 * or the page itself for the portal. The emulated admin is a stand-in, not ours to check.
 */
async function ownContent(page: Page): Promise<{ frame: Frame; include: string[] }> {
  const iframe = await page.$("#app-frame");
  const frame = await iframe?.contentFrame();
  return frame ? { frame, include: ["#app-frame"] } : { frame: page.mainFrame(), include: ["body"] };
}

/** Fails with each rule, its impact and the elements it found when axe reports a serious or critical violation. */
export async function expectAccessible(page: Page, label: string) {
  const { include } = await ownContent(page);
  const results = await new AxeBuilder({ page }).include(include).analyze();
  const blocking = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(blocking, `accessibility of ${label}`).toEqual([]);
}

/** Fails when the app's content is wider than the viewport or a part of it scrolls sideways. */
export async function expectNoHorizontalOverflow(page: Page, label: string) {
  const { frame } = await ownContent(page);
  // A page laid out for the previous width re-renders once it sees the new one (Polaris'
  // breakpoints): measure until it fits, for up to 3 s, then report what still does not.
  let overflow = await measureOverflow(frame);
  for (let i = 0; i < 15 && (overflow.wide.length > 0 || overflow.scrollWidth > overflow.width); i++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    overflow = await measureOverflow(frame);
  }
  expect(overflow.wide, `parts that scroll sideways at ${overflow.width} px on ${label}`).toEqual([]);
  expect(overflow.scrollWidth, `page scroll width on ${label}`).toBeLessThanOrEqual(overflow.width);
}

function measureOverflow(frame: Frame) {
  return frame.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // A table that scrolls sideways inside its card hides columns as surely as a wide page does.
    const wide = [...document.body.querySelectorAll("*")]
      .filter((el) => {
        const overflowX = getComputedStyle(el).overflowX;
        return ["auto", "scroll"].includes(overflowX) && el.scrollWidth > el.clientWidth + 1;
      })
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} "${el.textContent?.slice(0, 40)}"`,
      );
    return { scrollWidth: document.documentElement.scrollWidth, width, wide };
  });
}
