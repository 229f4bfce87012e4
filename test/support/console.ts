// Runs before each test file: console.error fails the test unless the test expects it (mocks it).
import { afterEach, beforeEach, vi, type MockInstance } from "vitest";

let consoleError: MockInstance<typeof console.error>;
beforeEach(() => {
  const original = console.error;
  consoleError = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    original(...args);
    throw new Error("console.error was called. Mock it in the test if the error is expected.");
  });
});
afterEach(() => {
  consoleError.mockRestore();
});
