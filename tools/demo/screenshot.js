/**
 * Writes docs/demo.png (the demo page on the sample plan) and docs/timeline-panel.png (the
 * timeline with PL 12's task panel open) in the system Chromium, against a private emulator
 * with a throw-away data file (the developer's .local data is not touched).
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { chromium } = require("playwright-core");
const { buildDemo } = require("./build");
const { startEmulator } = require("../emulator");
const { requireChromium, CHROMIUM_ARGS } = require("../check-chromium");

const ROOT = path.resolve(__dirname, "..", "..");
const OUTPUT = path.join(ROOT, "docs", "demo.png");
const PANEL_OUTPUT = path.join(ROOT, "docs", "timeline-panel.png");

async function main() {
  const executablePath = requireChromium();
  const { outDir } = await buildDemo({ quiet: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "oir-screenshot-"));
  const emulator = await startEmulator({
    port: 0,
    dataFile: path.join(dataDir, "emulator-data.json"),
    reset: true,
    staticRoutes: { "/demo/": outDir }
  });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, deviceScaleFactor: 1, locale: "da-DK", timezoneId: "Europe/Copenhagen" });
    await page.goto(`${emulator.url.replace(/\/$/, "")}/demo/`);
    await page.getByRole("button", { name: /^PL 12 Planlæg/ }).first().waitFor();
    await page.getByRole("table", { name: "Lokal arbejdsgruppe" }).waitFor();
    await page.waitForLoadState("networkidle");
    fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
    await page.screenshot({ path: OUTPUT, fullPage: process.argv.includes("--full") });
    console.log(`wrote ${path.relative(ROOT, OUTPUT)}`);

    await page.getByRole("button", { name: /^PL 12 Planlæg/ }).first().click();
    await page.getByRole("heading", { name: /^PL 12 Planlæg/ }).waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: PANEL_OUTPUT });
    console.log(`wrote ${path.relative(ROOT, PANEL_OUTPUT)}`);
  } finally {
    await browser.close();
    await emulator.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
