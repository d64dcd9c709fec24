/**
 * Keyboard only (no mouse, proven by counting pointer events) on the demo page: Tab to the
 * timeline, arrow down to PL 12, open its panel with Enter, set status and dates, save, move the
 * bar with the arrow keys; in the booking grid, move to PL 12's cell in uge 8, type hours, Enter,
 * and see the person's week total follow. Each change is checked on screen and over REST. Tab
 * passes the timeline in a few stops (one task row's controls at a time).
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { printPageLogOnFailure } from "./pageLog";
import { countPointerPresses, expectNoPointerPresses, focusedLabel, pressUntilFocused } from "./support/a11yKeyboard";

printPageLogOnFailure();
test.describe.configure({ timeout: 120_000 });

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: globalSetup did not start the demo`);
  return value.replace(/\/$/, "");
}

async function resetEmulator(request: APIRequestContext): Promise<void> {
  expect((await request.post(`${env("OIR_EMULATOR_URL")}/_emulator/reset`)).ok()).toBe(true);
}

async function pl12(request: APIRequestContext): Promise<{ OirLocalStart: string | null; OirLocalEnd: string | null; OirStatus: string }> {
  const url = `${env("OIR_EMULATOR_URL")}/sites/eksempelkommune/_api/web/lists/getbytitle('Planer')/items?$filter=OirMasterId eq 519&$select=OirLocalStart,OirLocalEnd,OirStatus`;
  const response = await request.get(url, { headers: { Accept: "application/json;odata=nometadata" } });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { value: { OirLocalStart: string | null; OirLocalEnd: string | null; OirStatus: string }[] }).value[0];
}

test.beforeEach(async ({ request }) => resetEmulator(request));
test.afterEach(async ({ request }) => resetEmulator(request));

test("edits PL 12 with the keyboard only: panel, status, dates, save, then moves its bar with the arrows", async ({ page, request }) => {
  await countPointerPresses(page);
  await page.goto(`${env("OIR_DEMO_URL")}/`);
  const grid = page.getByRole("grid", { name: /^Tidsplan for/ });
  const row = grid.getByRole("row", { name: /PL 12 Planlæg kommunens ØiR implementering/ });
  await expect(row).toContainText("12.02.2027 – 16.04.2027");

  // Tab into the timeline's bars, then Down through the rows to PL 12.
  await pressUntilFocused(page, "Tab", grid.locator("[data-task-bar]").first(), 120);
  await pressUntilFocused(page, "ArrowDown", row.locator('[data-task-bar="PL 12"]'), 60);
  await page.keyboard.press("Enter");
  const panel = page.getByRole("dialog", { name: /PL 12 Planlæg kommunens ØiR implementering/ });
  await expect(panel.getByRole("heading", { name: /^PL 12 Planlæg/ })).toBeVisible();

  // Status: a closed Fluent dropdown takes ArrowDown as "next choice" (Påbegyndt → Fuldført).
  const status = panel.getByRole("combobox", { name: /^Udførelsesstatus/ });
  await pressUntilFocused(page, "Tab", status, 40);
  await expect(status).toHaveText(/Påbegyndt/);
  await page.keyboard.press("ArrowDown");
  await expect(status).toHaveText(/Fuldført/);

  for (const [name, value] of [["Startdato", "15.02.2027"], ["Slutdato", "23.04.2027"]] as const) {
    const field = panel.getByRole("combobox", { name });
    await pressUntilFocused(page, "Tab", field, 40);
    await page.keyboard.press("Control+A");
    await page.keyboard.type(value);
    // Tab leaves the field, which reads the typed date (Enter would open the calendar).
    await page.keyboard.press("Tab");
    await expect(field).toHaveValue(value);
  }

  await pressUntilFocused(page, "Tab", panel.getByRole("button", { name: "Gem" }), 40);
  await page.keyboard.press("Enter");
  await expect(panel).toHaveCount(0);
  await expect(row).toContainText("15.02.2027 – 23.04.2027");
  await expect(row).toContainText("Fuldført");
  await expect.poll(async () => (await pl12(request)).OirStatus).toBe("Fuldført");

  // Back on the bar (Shift+Tab from wherever the panel left focus), a day later, then a week later.
  const bar = row.locator('[data-task-bar="PL 12"]');
  if (!(await bar.evaluate((el) => el === document.activeElement))) {
    await pressUntilFocused(page, "Tab", grid.locator("[data-task-bar]").first(), 120);
    await pressUntilFocused(page, "ArrowDown", bar, 60);
  }
  await page.keyboard.press("ArrowRight");
  await expect(row).toContainText("16.02.2027 – 24.04.2027");
  await page.keyboard.press("Shift+ArrowRight");
  await expect(row).toContainText("23.02.2027 – 01.05.2027");
  await expect.poll(async () => (await pl12(request)).OirLocalEnd).toBe("2027-04-30T22:00:00Z");
  expect((await pl12(request)).OirLocalStart).toBe("2027-02-22T23:00:00Z");
  await expectNoPointerPresses(page);
});

test("books hours with the keyboard only: to PL 12's cell in uge 8, type, Enter, and the week total follows", async ({ page }) => {
  await countPointerPresses(page);
  await page.goto(`${env("OIR_DEMO_URL")}/`);
  const grid = page.getByRole("grid", { name: "Booket tid pr. person og uge" });
  await expect(grid).toBeVisible();

  // The grid is one tab stop; inside it the arrows move (Home = the row headers).
  await pressUntilFocused(page, "Tab", grid.locator('[tabindex="0"]'), 400);
  await page.keyboard.press("Home");
  const expand = grid.getByRole("button", { name: "Vis opgaver for Anne Kirstine Holm" });
  await pressUntilFocused(page, "ArrowDown", expand, 40);
  await page.keyboard.press("Enter");
  await expect(expand).toHaveAttribute("aria-expanded", "true");
  const target = grid.getByRole("gridcell", { name: /^Anne Kirstine Holm, PL 12, uge 8 \(22\.02\.2027\)/ });
  await expect(target).toHaveCount(1);
  const weekTotal = grid.getByRole("gridcell", { name: /^Anne Kirstine Holm, uge 8 \(22\.02\.2027\)/ });
  const hoursIn = (label: string | null): number => Number(/: ([\d,]+) t/.exec(label ?? "")?.[1].replace(",", ".") ?? NaN);
  const before = hoursIn(await weekTotal.getAttribute("aria-label"));
  expect(before).not.toBeNaN();

  // Down to PL 12's row, across to uge 8.
  for (let i = 0; i < 60 && !/^PL 12 /.test(await page.evaluate(() => document.activeElement?.closest('[role="row"]')?.querySelector('[role="rowheader"]')?.textContent ?? "")); i++) {
    await page.keyboard.press("ArrowDown");
  }
  await page.keyboard.press("ArrowRight");
  for (let i = 0; i < 60; i++) {
    const week = Number(/, uge (\d+) /.exec(await focusedLabel(page))?.[1]);
    if (week === 8) break;
    await page.keyboard.press(week < 8 ? "ArrowRight" : "ArrowLeft");
  }
  await expect(target).toBeFocused();

  const cellBefore = hoursIn(await target.getAttribute("aria-label"));
  expect(cellBefore).not.toBe(6);
  await page.keyboard.type("6");
  await page.keyboard.press("Enter");
  await expect(target).toHaveAttribute("aria-label", /: 6 t$/);
  await expect(weekTotal).toHaveAttribute("aria-label", new RegExp(`: ${String(before - cellBefore + 6).replace(".", ",")} t booket i alt`));
  await expect(page.getByText(/Gemmer ændringer/)).toHaveCount(0);
  await expectNoPointerPresses(page);
});

test("Tab passes the timeline in a few stops: one task row's controls are in the tab order, Down moves it", async ({ page }) => {
  await countPointerPresses(page);
  await page.goto(`${env("OIR_DEMO_URL")}/`);
  const grid = page.getByRole("grid", { name: /^Tidsplan for/ });
  const firstBar = grid.locator("[data-task-bar]").first();
  await pressUntilFocused(page, "Tab", firstBar, 120);
  const focusedTaskId = (): Promise<string | null> =>
    page.evaluate(() => document.activeElement?.closest("[data-task-id]")?.getAttribute("data-task-id") ?? null);
  const firstRow = await focusedTaskId();
  expect(firstRow).not.toBeNull();

  // Tab on from the first bar: its two handles, then never another task row's controls.
  const visited = new Set<string>();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    const id = await focusedTaskId();
    if (id) visited.add(id);
  }
  expect([...visited]).toEqual([firstRow]);

  // Back to the first bar, Down to the next task: that row now holds the tab stop.
  await pressUntilFocused(page, "Shift+Tab", firstBar, 40);
  await page.keyboard.press("ArrowDown");
  const secondRow = await focusedTaskId();
  expect(secondRow).not.toBe(firstRow);
  const tabbableRows = await grid.locator("[data-task-id]").evaluateAll((rows) =>
    rows.filter((row) => Array.from(row.querySelectorAll<HTMLElement>("button, input, [role=slider]")).some((el) => el.tabIndex >= 0)).map((row) => row.getAttribute("data-task-id"))
  );
  expect(tabbableRows).toEqual([secondRow]);
  await expectNoPointerPresses(page);
});
