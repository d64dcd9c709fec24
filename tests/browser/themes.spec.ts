/**
 * Themes from the host reach the grids' own colours: the demo page with ?theme=dark|contrast
 * renders both web parts through the same hostTheme and ThemeProvider path the web parts use
 * (Teams' dark and high-contrast themes). In each: axe (WCAG 2.1 AA, colour contrast included)
 * finds 0 violations, and a grid cell's computed background and text colour are the theme's,
 * not the light theme's. Screenshots (both web parts): docs/theme-dark.png and docs/theme-contrast.png.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import * as path from "path";
import type { ITheme } from "@fluentui/react";
import { hostTheme } from "../../src/webparts/shared/hostTheme";
import { printPageLogOnFailure } from "./pageLog";
import { expectNoA11yViolations } from "./support/a11y";

printPageLogOnFailure();
// axe walks the whole page (both web parts) in 10-15 s on two shared cores, twice per test.
test.describe.configure({ timeout: 150_000 });

function demoUrl(): string {
  const value = process.env.OIR_DEMO_URL;
  if (!value) throw new Error("OIR_DEMO_URL is not set: globalSetup did not start the demo");
  return value.replace(/\/$/, "");
}

async function resetEmulator(page: Page): Promise<void> {
  const emulator = process.env.OIR_EMULATOR_URL;
  if (!emulator) throw new Error("OIR_EMULATOR_URL is not set");
  expect((await page.request.post(`${emulator.replace(/\/$/, "")}/_emulator/reset`)).ok()).toBe(true);
}

async function openDemo(page: Page, query: string): Promise<void> {
  await page.goto(`${demoUrl()}/${query}`);
  await expect(page.getByRole("grid", { name: /^Tidsplan for/ })).toBeVisible();
  await expect(page.getByRole("grid", { name: "Booket tid pr. person og uge" })).toBeVisible();
}

/** "#1f1f1f" → "rgb(31, 31, 31)", as getComputedStyle reports colours. */
function rgb(hex: string): string {
  const n = parseInt(hex.replace("#", ""), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** WCAG 2.1 contrast ratio of two computed "rgb(r, g, b)" colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string): number => {
    const [r, g, bl] = (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

interface CellColours {
  background: string;
  color: string;
}

async function coloursOf(cell: Locator): Promise<CellColours> {
  return cell.evaluate((element) => {
    const style = window.getComputedStyle(element);
    return { background: style.backgroundColor, color: style.color };
  });
}

/** A task's name cell in the timeline and a person's name cell in the booking grid. */
async function gridCells(page: Page): Promise<{ timeline: CellColours; booking: CellColours }> {
  const timelineCell = page.getByRole("grid", { name: /^Tidsplan for/ }).getByRole("rowheader").filter({ hasText: /PL 12/ }).first();
  const bookingCell = page.getByRole("grid", { name: "Booket tid pr. person og uge" }).getByRole("rowheader").first();
  return { timeline: await coloursOf(timelineCell), booking: await coloursOf(bookingCell) };
}

let light: { timeline: CellColours; booking: CellColours };

test.beforeEach(async ({ page }) => resetEmulator(page));

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await openDemo(page, "");
  light = await gridCells(page);
  await page.close();
});

for (const name of ["dark", "contrast"] as const) {
  test(`both web parts in Teams' ${name} theme: the grids take its colours, axe finds nothing`, async ({ page }) => {
    const theme = hostTheme(name, undefined) as ITheme;
    // Month zoom: the whole wave in view, the Go-Live marker's label (on its fixed accent colour) included.
    await openDemo(page, `?theme=${name}&oirZoom=month`);
    const goLive = page.getByText("Go-Live", { exact: true });
    await expect(goLive).toBeInViewport();
    // Its text on its own background (axe leaves a sticky label over the grid "to review").
    const label = await coloursOf(goLive);
    expect(contrast(label.color, label.background), `Go-Live label ${label.color} on ${label.background}`).toBeGreaterThanOrEqual(4.5);
    const cells = await gridCells(page);
    const background = rgb(theme.semanticColors.bodyBackground);
    const text = rgb(theme.semanticColors.bodyText);
    for (const grid of ["timeline", "booking"] as const) {
      expect(cells[grid].background, `${grid} cell background`).toBe(background);
      expect(cells[grid].color, `${grid} cell text`).toBe(text);
      expect(cells[grid].background, `${grid} cell background vs the light theme`).not.toBe(light[grid].background);
      expect(cells[grid].color, `${grid} cell text vs the light theme`).not.toBe(light[grid].color);
    }

    await expectNoA11yViolations(page, `the demo page in the ${name} theme`);
    // Both web parts as the page opens (the KLIK import panel below them left out).
    await page.screenshot({ path: path.join(__dirname, "../../docs", `theme-${name}.png`), fullPage: true, clip: { x: 0, y: 0, width: 1400, height: 1900 } });
    // The booking grid while a person's tasks are shown (week cells, demand lines).
    await page.getByRole("grid", { name: "Booket tid pr. person og uge" }).getByRole("button", { name: /^Vis opgaver for / }).first().click();
    await expectNoA11yViolations(page, `the booking grid with a person's tasks in the ${name} theme`);
  });
}
