// Home's first load stays within the JavaScript it shipped before the charts and To review
// (issue 14: 487 KiB raw / 137 KiB gzip): the charts and confirmation modals load after the page
// (docs/decisions/111), and pages without an in-page header leave Polaris Page's header out (112).
// Bytes, not time: measured from the build that the browser tests run.
import { expect, test } from "vitest";
import { firstLoad } from "../../scripts/lib/first-load";

const KIB = 1024;

test("Home's first load is within 487 KiB raw and 137 KiB gzip", () => {
  const home = firstLoad("app/routes/app._index.tsx");
  expect(home.raw).toBeLessThanOrEqual(487 * KIB);
  expect(home.gzip).toBeLessThanOrEqual(137 * KIB);
});
