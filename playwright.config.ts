/**
 * Browser tests of the local demo page in the system Chromium (never a downloaded browser).
 * globalSetup builds the demo and starts its own emulator on a free port with a throw-away data
 * file, so the tests never touch the developer's .local data. No Chromium → one line, failure.
 */
import { defineConfig } from "@playwright/test";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { requireChromium, CHROMIUM_ARGS } = require("./tools/check-chromium") as {
  requireChromium: () => string;
  CHROMIUM_ARGS: string[];
};

const executablePath = requireChromium();

export default defineConfig({
  testDir: "tests/browser",
  testMatch: "**/*.spec.ts",
  globalSetup: "./tests/browser/globalSetup.ts",
  fullyParallel: false,
  workers: 1,
  // On CI one retry keeps a timing hiccup on a shared 2-core machine from sinking a run; a test
  // that needed it is reported as flaky by tools/run-tests.js, never hidden.
  retries: process.env.CI ? 1 : 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    browserName: "chromium",
    headless: true,
    viewport: { width: 1400, height: 900 },
    locale: "da-DK",
    timezoneId: "Europe/Copenhagen",
    launchOptions: { executablePath, args: CHROMIUM_ARGS }
  }
});
