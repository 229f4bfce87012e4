import { BaseSequencer, type TestSpecification } from "vitest/node";
import { defineConfig } from "vitest/config";

// The clock test moves the shared preview's clock, and the sweep that runs meanwhile expires the
// demo store's packs for good: files that read the demo run before it, whatever order vitest's
// cache of durations would pick.
class ClockLast extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    const sorted = await super.sort(files);
    const movesClock = (file: TestSpecification) => file.moduleId.endsWith("/clock.test.ts");
    return [...sorted.filter((file) => !movesClock(file)), ...sorted.filter(movesClock)];
  }
}

// Browser tests against `npm run preview` (test/e2e/support/global-setup.ts starts it). One
// file at a time: the files share one preview, and one of them moves its clock.
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    globalSetup: ["test/e2e/support/global-setup.ts"],
    fileParallelism: false,
    sequence: { sequencer: ClockLast },
    pool: "forks",
    testTimeout: 90_000,
    hookTimeout: 240_000,
  },
});
