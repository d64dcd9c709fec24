/**
 * Keeps the page's console and failed requests for each test and prints them when the test
 * fails, so a rare failure explains itself in CI output.
 */
import { test } from "@playwright/test";

export function printPageLogOnFailure(): void {
  let lines: string[] = [];
  test.beforeEach(({ page }) => {
    lines = [];
    page.on("console", (m) => lines.push(`console.${m.type()}: ${m.text()}`));
    page.on("pageerror", (e) => lines.push(`pageerror: ${e.message}`));
    page.on("requestfailed", (r) => lines.push(`requestfailed: ${r.method()} ${r.url()} ${r.failure()?.errorText ?? ""}`));
    page.on("response", (r) => {
      if (r.status() >= 400) lines.push(`HTTP ${r.status()}: ${r.request().method()} ${r.url()}`);
    });
  });
  test.afterEach(({ page }, testInfo) => {
    if (testInfo.status !== testInfo.expectedStatus) {
      console.log(`--- page log of "${testInfo.title}" (last at ${page.url()}) ---\n${lines.join("\n")}`);
    }
  });
}
