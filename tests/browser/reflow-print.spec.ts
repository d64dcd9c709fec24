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

const timeline = (page: Page): Locator => page.getByRole("region", { name: /ØiR-tidsplan/ });
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

/** A3 landscape less 10 mm margins, in CSS px (96 to the inch): the width the timeline prints on. */
const A3_PRINTABLE_WIDTH = Math.floor((400 / 25.4) * 96);

function copenhagenToday(): string {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(new Date());
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("day")}.${get("month")}.${get("year")}`;
}

interface PrintLayout {
  taskRows: number;
  rowCount: number;
  gridRight: number;
  scrollerOverflow: number;
  pageOverflow: number;
  goLiveRight: number;
  lastBarRight: number;
}

/**
 * The browser reports a media change (here, emulated print) at its next rendering step, and the
 * timeline then draws its print view: wait until every task row is there.
 */
async function printViewDrawn(page: Page): Promise<void> {
  await expect(page.getByRole("grid", { name: /^Tidsplan for/ }).locator("[data-row-index]")).toHaveCount(36);
}

/** The timeline's layout as laid out now (under print media). */
function measurePrint(): PrintLayout {
  const grid = document.querySelector<HTMLElement>('[role=grid][aria-label^="Tidsplan for"]');
  if (!grid?.parentElement) throw new Error("no timeline grid");
  const scroller = grid.parentElement;
  const goLive = grid.querySelector<HTMLElement>('[title="Go-Live"]');
  const bars = Array.from(grid.querySelectorAll<HTMLElement>("[data-task-bar]"));
  return {
    taskRows: grid.querySelectorAll("[data-row-index]").length,
    rowCount: Number(grid.getAttribute("aria-rowcount")),
    gridRight: grid.getBoundingClientRect().right,
    scrollerOverflow: scroller.scrollWidth - scroller.clientWidth,
    pageOverflow: (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth,
    goLiveRight: goLive ? goLive.getBoundingClientRect().right : -1,
    lastBarRight: Math.max(...bars.map((b) => b.getBoundingClientRect().right))
  };
}

function expectFitsA3(layout: PrintLayout, what: string): void {
  expect(layout.taskRows, `${what}: every task row is drawn`).toBe(36);
  expect(layout.gridRight, `${what}: the grid's right edge`).toBeLessThanOrEqual(A3_PRINTABLE_WIDTH);
  expect(layout.scrollerOverflow, `${what}: nothing to scroll to in the grid`).toBeLessThanOrEqual(0);
  expect(layout.pageOverflow, `${what}: the page is no wider than the paper`).toBeLessThanOrEqual(0);
  expect(layout.goLiveRight, `${what}: the Go-Live line is on the page`).toBeGreaterThan(0);
  expect(layout.goLiveRight).toBeLessThanOrEqual(A3_PRINTABLE_WIDTH);
  expect(layout.lastBarRight, `${what}: the last bar is on the page`).toBeLessThanOrEqual(A3_PRINTABLE_WIDTH);
}

test("print shows the timeline only, with a header line, every row and the whole period on an A3 landscape page", async ({ page }) => {
  // The printable width of A3 landscape: under print media the page is laid out this wide.
  await page.setViewportSize({ width: A3_PRINTABLE_WIDTH, height: 1000 });
  await openDemo(page, "?oirZoom=day");
  const header = timeline(page).getByText(/^ØiR-tidsplan · .* · Udskrevet /);
  await expect(header, "the print header is not on screen").toBeHidden();

  await page.emulateMedia({ media: "print" });
  await printViewDrawn(page);
  await expect(booking(page)).toBeHidden();
  await expect(page.locator('[data-webpart="KlikImport"]')).toBeHidden();
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(timeline(page).getByRole("group", { name: "Filtre" })).toBeHidden();
  await expect(timeline(page).getByRole("button", { name: "Eksportér" })).toBeHidden();
  await expect(header).toBeVisible();
  await expect(header).toHaveText(`ØiR-tidsplan · Eksempel Kommune · KY - Bølge 5 · Go-Live 04.10.2027 · Udskrevet ${copenhagenToday()}`);
  // The grid's controls are not printed; its bars are.
  const grid = page.getByRole("grid", { name: /^Tidsplan for/ });
  await expect(grid.getByRole("checkbox").first()).toBeHidden();
  await expect(grid.getByRole("button", { name: /^GL 11 / })).toBeVisible();
  // Day zoom is ~9,000 px wide on screen: in print the same period fits the paper.
  expectFitsA3(await page.evaluate(measurePrint), "under print media at day zoom");

  await page.emulateMedia({ media: "screen" });
  await expect(header).toBeHidden();
  await expect(booking(page)).toBeVisible();
  await expect(timeline(page).getByRole("button", { name: "Eksportér" })).toBeVisible();
  const screen = await page.evaluate(measurePrint);
  expect(screen.scrollerOverflow, "on screen the day zoom scrolls sideways again").toBeGreaterThan(2000);
});

test("a filtered print says how many tasks it shows", async ({ page }) => {
  await page.setViewportSize({ width: A3_PRINTABLE_WIDTH, height: 1000 });
  await openDemo(page, "?oirRole=KOMBIT-programleder");
  await page.emulateMedia({ media: "print" });
  await expect(timeline(page).getByText(/^ØiR-tidsplan · .* · Udskrevet /)).toHaveText(/ · Udskrevet \d\d\.\d\d\.\d{4} · 9 af 36 opgaver$/);
});

test("Udskriv prints the fitted timeline, and the page's @page rule makes the PDF A3 landscape", async ({ page }) => {
  // The browser's print dialog is replaced by a recorder of what the page looks like when it opens.
  await page.addInitScript(() => {
    const w = window as unknown as { print: () => void; __printed: { rows: number; gridWidth: number }[] };
    w.__printed = [];
    w.print = () => {
      const grid = document.querySelector('[role=grid][aria-label^="Tidsplan for"]');
      w.__printed.push({ rows: grid?.querySelectorAll("[data-row-index]").length ?? 0, gridWidth: grid?.getBoundingClientRect().width ?? -1 });
    };
  });
  await page.setViewportSize({ width: A3_PRINTABLE_WIDTH, height: 1000 });
  await openDemo(page, "?oirZoom=week");
  await timeline(page).getByRole("button", { name: "Eksportér" }).click();
  await page.getByRole("menuitem", { name: "Udskriv (A3 liggende)" }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __printed: unknown[] }).__printed.length)).toBe(1);
  // When the print dialog opens, every row is drawn and the period fits the paper's width.
  const [atPrint] = await page.evaluate(() => (window as unknown as { __printed: { rows: number; gridWidth: number }[] }).__printed);
  expect(atPrint.rows).toBe(36);
  expect(atPrint.gridWidth).toBeLessThanOrEqual(A3_PRINTABLE_WIDTH);
  expect(atPrint.gridWidth).toBeGreaterThan(A3_PRINTABLE_WIDTH - 20);
  // Afterwards the screen view is back (virtualized rows, the week zoom's own width).
  await expect(page.getByRole("grid", { name: /^Tidsplan for/ }).locator("[data-row-index]")).not.toHaveCount(36);

  // page.pdf prints as the browser does (beforeprint, print media): size from the CSS @page rule.
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString("latin1");
  const boxes = pdf.match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g) ?? [];
  expect(boxes.length, "pages in the PDF").toBeGreaterThan(0);
  for (const box of boxes) {
    const [, w, h] = /\[\s*0 0 ([\d.]+) ([\d.]+)/.exec(box) ?? [];
    // A3 is 420 × 297 mm = 1190.55 × 841.89 pt; Chromium rounds to whole CSS px.
    expect(Math.abs(Number(w) - 1190.55), `page width ${w} pt`).toBeLessThan(2);
    expect(Math.abs(Number(h) - 841.89), `page height ${h} pt`).toBeLessThan(2);
  }
  // Every row is in the print (36 tasks in 5 phases at 48 px): more than one page, no more than 3.
  expect(boxes.length).toBeLessThanOrEqual(3);
  await page.emulateMedia({ media: "print" });
  await printViewDrawn(page);
  expectFitsA3(await page.evaluate(measurePrint), "under print media at week zoom");
});
