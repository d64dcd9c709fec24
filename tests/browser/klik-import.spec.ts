/**
 * "Importér KLIK-opgaver" in the timeline web part of the demo page (real PnPjs against the
 * private emulator, Chromium): KOMBIT's plan administrator opens it from the timeline's command
 * bar, writes a KLIK export to KOMBIT's Planer and closes it with the keyboard; a municipal user,
 * who may only read KOMBIT's Planer, is not offered it. axe finds 0 WCAG 2.1 AA violations in the
 * open import.
 */
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import * as fs from "fs";
import * as path from "path";
import { printPageLogOnFailure } from "./pageLog";
import { expectNoA11yViolations } from "./support/a11y";

printPageLogOnFailure();
// The whole demo page, an import over HTTP and one axe run on two shared cores.
test.describe.configure({ timeout: 120_000 });

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: globalSetup did not start the demo`);
  return value.replace(/\/$/, "");
}

const KLIK = fs.readFileSync(path.join(__dirname, "../fixtures/klik/OA12-udpeg-ky-systemansvarlig.txt"), "utf8");

async function actAs(context: BrowserContext, email: string): Promise<void> {
  await context.addCookies([{ name: "emulatorUser", value: email, domain: new URL(env("OIR_DEMO_URL")).hostname, path: "/" }]);
}

/** Opens the demo and resolves once both rights checks on KOMBIT's Planer (timeline command, demo's import card) have answered. */
async function openDemo(page: Page): Promise<void> {
  let answered = 0;
  page.on("response", (r) => {
    if (/\/sites\/kombit-ky\/_api\/web\/lists\/getbytitle\('Planer'\)\/EffectiveBasePermissions/i.test(decodeURIComponent(r.url()))) answered += 1;
  });
  await page.goto(`${env("OIR_DEMO_URL")}/`);
  await expect(page.getByRole("grid", { name: /^Tidsplan for/ })).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => answered, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
}

function timeline(page: Page): ReturnType<Page["getByRole"]> {
  return page.getByRole("region", { name: /ØiR-tidsplan/ });
}

test("KOMBIT's plan administrator imports a KLIK export from the timeline's command bar", async ({ page, context }) => {
  await actAs(context, "planadmin@kombit.example");
  await openDemo(page);
  const command = timeline(page).getByRole("button", { name: "Importér KLIK-opgaver" });
  await command.focus();
  await page.keyboard.press("Enter");

  const dialog = page.getByRole("dialog", { name: "KLIK-import til KOMBITs plan" });
  await dialog.getByRole("textbox", { name: /Indsæt en eller flere KLIK-opgaver/ }).fill(KLIK);
  await dialog.getByRole("button", { name: "Læs opgaverne" }).click();
  await expect(dialog.getByText("1 opgaver læst uden fejl, 0 med fejl.")).toBeVisible();
  await dialog.getByRole("button", { name: "Skriv 1 opgaver til KOMBITs plan" }).click();
  await expect(dialog.getByText("OA 12: opdateret (samme Master-opgave ID)")).toBeVisible({ timeout: 20_000 });
  await expectNoA11yViolations(page, "the KLIK import opened from the timeline, after writing");

  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("grid", { name: /^Tidsplan for/ })).toBeVisible({ timeout: 30_000 });
});

test("a municipal user who may only read KOMBIT's Planer is not offered the import", async ({ page }) => {
  await openDemo(page);
  await expect(timeline(page).getByRole("button", { name: "Opdatér fra KOMBIT" })).toBeVisible();
  await expect(timeline(page).getByRole("button", { name: "Importér KLIK-opgaver" })).toHaveCount(0);
});
