/**
 * Range selection in the Ressourcebooking grid in Chromium, on the demo page against the private
 * emulator: select by keyboard (Shift+arrows) and mouse (drag, Shift+click), the selection
 * announced (aria-selected, the status line) with 0 axe violations, Ctrl+C puts Excel's text on
 * the real clipboard, Ctrl+V pastes it, Ctrl+D fills down, Delete clears, a bad pasted value
 * changes nothing; what was saved is read back after a reload (from the emulator's lists).
 */
import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { printPageLogOnFailure } from "./pageLog";
import { expectNoA11yViolations } from "./support/a11y";

printPageLogOnFailure();
// axe walks the whole page in 10-15 s on two shared cores.
test.describe.configure({ timeout: 150_000 });

const ANNE = "Anne Kirstine Holm";

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: globalSetup did not start the demo`);
  return value.replace(/\/$/, "");
}

async function resetEmulator(request: APIRequestContext): Promise<void> {
  expect((await request.post(`${env("OIR_EMULATOR_URL")}/_emulator/reset`)).ok()).toBe(true);
}

test.beforeEach(async ({ request, context }) => {
  await resetEmulator(request);
  // The real clipboard: Ctrl+C writes it, the test reads it and puts Excel-like text on it.
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
});
test.afterEach(async ({ request }) => resetEmulator(request));

async function openGrid(page: Page): Promise<Locator> {
  await page.goto(`${env("OIR_DEMO_URL")}/`);
  const grid = page.getByRole("region", { name: /Ressourcebooking/ }).getByRole("grid", { name: "Booket tid pr. person og uge" });
  await expect(grid).toBeVisible();
  // Keyboard: the expand button takes the focus, Enter shows Anne's task rows.
  await grid.getByRole("button", { name: `Vis opgaver for ${ANNE}` }).focus();
  await page.keyboard.press("Enter");
  await expect(grid.getByRole("button", { name: `Vis opgaver for ${ANNE}`, expanded: true })).toBeVisible();
  return grid;
}

function pl12(grid: Locator, week: number): Locator {
  return grid.getByRole("gridcell", { name: new RegExp(`^${ANNE}, PL 12, uge ${week} `) });
}

async function selectedLabels(grid: Locator): Promise<string[]> {
  return grid.locator('[role="gridcell"][aria-selected="true"]').evaluateAll((cells) => cells.map((c) => (c.getAttribute("aria-label") ?? "").replace(/ \(.*$/, "")));
}

function status(page: Page): Locator {
  return page.getByRole("region", { name: /Ressourcebooking/ }).getByRole("status").filter({ hasText: /^(Markeret|Kopieret|Fortrudt|Gentaget)/ });
}

/** Waits until no cell says it is being saved or waits. */
async function savesLanded(grid: Locator): Promise<void> {
  await expect(grid.getByRole("gridcell", { name: /, (gemmer|venter)$/ })).toHaveCount(0);
}

test("keyboard only: Shift+arrows select, Ctrl+C copies Excel text, Ctrl+V pastes it, Ctrl+D fills down, Delete clears; axe clean with a range selected", async ({ page }) => {
  const grid = await openGrid(page);
  // PL 12 has 6, 8 and 6 hours in uge 7–9 in the sample plan.
  await pl12(grid, 7).focus();
  await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("Shift+ArrowRight");
  expect(await selectedLabels(grid)).toEqual([`${ANNE}, PL 12, uge 7`, `${ANNE}, PL 12, uge 8`, `${ANNE}, PL 12, uge 9`]);
  await expect(status(page)).toHaveText("Markeret: uge 7–9, 1 række, 3 celler. I alt 20 t på opgaverne.");
  await expect(pl12(grid, 9)).toBeFocused();
  await expectNoA11yViolations(page, "the booking grid with a range selected");

  await page.keyboard.press("Control+c");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("6\t8\t6\r\n");
  await expect(status(page)).toHaveText("Kopieret: 3 celler. Indsæt med Ctrl+V i gitteret eller i Excel.");

  // Two steps right: uge 11 (a plain arrow ends the range), then paste the three weeks.
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(pl12(grid, 11)).toBeFocused();
  expect(await selectedLabels(grid)).toEqual([]);
  await page.keyboard.press("Control+v");
  await expect(pl12(grid, 13)).toHaveAttribute("aria-label", /: 6 t/);
  await savesLanded(grid);

  // Ctrl+D: uge 11–12 of PL 12 and the task row under it get PL 12's values.
  await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("Shift+ArrowDown");
  const [, , below11, below12] = await selectedLabels(grid);
  expect(below11).toMatch(new RegExp(`^${ANNE}, .+, uge 11$`));
  await page.keyboard.press("Control+d");
  await expect(grid.getByRole("gridcell", { name: new RegExp(`^${below12.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} `) })).toHaveAttribute("aria-label", /: 8 t/);
  await savesLanded(grid);

  // Delete clears PL 12's uge 7–9 (keyboard back to uge 7, Shift+arrows over three weeks).
  await pl12(grid, 7).focus();
  await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("Delete");
  await expect(pl12(grid, 8)).toHaveAttribute("aria-label", /: 0 t/);
  await savesLanded(grid);

  // What SharePoint (the emulator) has after a reload.
  const reloaded = await openGrid(page);
  const hours = async (cell: Locator): Promise<string> => ((await cell.getAttribute("aria-label")) ?? "").replace(/^.*: ([\d,]+) t.*$/, "$1");
  expect(await Promise.all([7, 8, 9, 11, 12, 13].map((w) => hours(pl12(reloaded, w))))).toEqual(["0", "0", "0", "6", "8", "6"]);
  const belowName = new RegExp(`^${below11.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} `);
  expect(await hours(reloaded.getByRole("gridcell", { name: belowName }))).toBe("6");
});

test("a pasted range with a bad value changes nothing and says why", async ({ page }) => {
  const grid = await openGrid(page);
  await pl12(grid, 7).focus();
  await page.keyboard.press("Shift+ArrowRight");
  await page.evaluate(() => navigator.clipboard.writeText("4,5\tsyv\r\n"));
  await page.keyboard.press("Control+v");
  await expect(page.getByRole("alert").filter({ hasText: "Indsættelsen er ikke gemt, fordi der er ugyldige værdier (1)." }).first()).toBeVisible();
  await expect(pl12(grid, 8)).toHaveAttribute("aria-invalid", "true");
  await expect(pl12(grid, 7)).toHaveAttribute("aria-label", /: 6 t/);
  await expect(grid.getByRole("gridcell", { name: /, (gemmer|venter|ikke gemt)$/ })).toHaveCount(0);
});

test("the mouse: a drag selects a block, Shift+click stretches it from the active cell, Excel text pastes over it", async ({ page }) => {
  const grid = await openGrid(page);
  const from = await pl12(grid, 7).boundingBox();
  const to = await pl12(grid, 9).boundingBox();
  if (!from || !to) throw new Error("PL 12's cells are not on screen");
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
  await page.mouse.up();
  expect(await selectedLabels(grid)).toEqual([`${ANNE}, PL 12, uge 7`, `${ANNE}, PL 12, uge 8`, `${ANNE}, PL 12, uge 9`]);
  await expect(pl12(grid, 9)).toBeFocused();
  // No text was selected by the drag: the grid owns it.
  expect(await page.evaluate(() => String(window.getSelection()))).toBe("");

  await pl12(grid, 11).click();
  await pl12(grid, 13).click({ modifiers: ["Shift"] });
  expect(await selectedLabels(grid)).toEqual([`${ANNE}, PL 12, uge 11`, `${ANNE}, PL 12, uge 12`, `${ANNE}, PL 12, uge 13`]);
  // One value copied in Excel fills the whole range, with a decimal comma.
  await page.evaluate(() => navigator.clipboard.writeText("2,5\r\n"));
  await page.keyboard.press("Control+v");
  for (const week of [11, 12, 13]) await expect(pl12(grid, week)).toHaveAttribute("aria-label", /: 2,5 t/);
  await savesLanded(grid);
});

async function anneHoursInWeek(request: APIRequestContext, week: string): Promise<number[]> {
  const url = `${env("OIR_EMULATOR_URL")}/sites/eksempelkommune/_api/web/lists/getByTitle('Ressourcebookinger')/items?$select=OirHours,OirWeek,OirPerson/EMail&$expand=OirPerson`;
  const response = await request.get(url, { headers: { Accept: "application/json;odata=nometadata" } });
  expect(response.status()).toBe(200);
  const items = ((await response.json()) as { value: { OirHours: number; OirWeek: string; OirPerson: { EMail: string } }[] }).value;
  return items.filter((i) => i.OirPerson.EMail === "anne.holm@eksempelkommune.dk" && i.OirWeek.startsWith(week)).map((i) => i.OirHours);
}

test("Ctrl+Z takes back a saved edit and Ctrl+Y makes it again, each landing in SharePoint", async ({ page, request }) => {
  const grid = await openGrid(page);
  await pl12(grid, 7).focus();
  await page.keyboard.type("3");
  await page.keyboard.press("Enter");
  await expect(pl12(grid, 7)).toHaveAttribute("aria-label", /: 3 t/);
  await savesLanded(grid);
  // uge 7 starts Monday 15.02.2027: SharePoint keeps midnight in Copenhagen as UTC.
  await expect.poll(() => anneHoursInWeek(request, "2027-02-14T23:00:00")).toEqual([3]);

  await pl12(grid, 7).focus();
  await page.keyboard.press("Control+z");
  await expect(pl12(grid, 7)).toHaveAttribute("aria-label", /: 6 t/);
  await expect(status(page)).toHaveText("Fortrudt: 1 celle har fået sine tidligere timer igen.");
  await savesLanded(grid);
  await expect.poll(() => anneHoursInWeek(request, "2027-02-14T23:00:00")).toEqual([6]);

  await page.keyboard.press("Control+y");
  await expect(pl12(grid, 7)).toHaveAttribute("aria-label", /: 3 t/);
  await savesLanded(grid);
  await expect.poll(() => anneHoursInWeek(request, "2027-02-14T23:00:00")).toEqual([3]);
});

test("a person with two roles is listed under each role's demand, and expanding one shows each task once", async ({ page }) => {
  // Only Thomas (rb.person), so his rows are all on screen (the grid renders the rows in view).
  await page.goto(`${env("OIR_DEMO_URL")}/?rb.person=${encodeURIComponent("thomas.kjaer@eksempelkommune.dk")}`);
  const grid = page.getByRole("region", { name: /Ressourcebooking/ }).getByRole("grid", { name: "Booket tid pr. person og uge" });
  await expect(grid.getByRole("rowheader", { name: /Thomas Kjær Larsen/ }).first()).toBeVisible();
  // The sample's Thomas Kjær Larsen is infrastrukturansvarlig and klassifikations-/sortiments administrator.
  const headers = async (): Promise<string[]> => grid.getByRole("rowheader").evaluateAll((cells) => cells.map((c) => c.textContent ?? ""));
  const under = (all: string[]): string[] => {
    const roles: string[] = [];
    let demand = "";
    for (const text of all) {
      // textContent also holds the icon font's glyph before the name.
      if (text.includes("Behov · ")) demand = text;
      else if (text.includes("Thomas Kjær Larsen")) roles.push(demand);
    }
    return roles;
  };
  const listed = under(await headers());
  expect(listed).toHaveLength(2);
  expect(listed[0]).not.toBe(listed[1]);
  expect(listed.join(" ")).toContain("infrastrukturansvarlig");
  expect(listed.join(" ")).toContain("klassifikations-/sortiments administrator");

  await grid.getByRole("button", { name: "Vis opgaver for Thomas Kjær Larsen" }).first().click();
  const taskCells = grid.getByRole("gridcell", { name: /^Thomas Kjær Larsen, [^,]+, uge \d+ / });
  await expect(taskCells.first()).toBeVisible();
  const tasks = await taskCells.evaluateAll((cells) => cells.map((c) => (c.getAttribute("aria-label") ?? "").replace(/^Thomas Kjær Larsen, ([^,]+), uge (\d+) .*$/, "$1@$2")));
  // Each task and week once: no task row repeated under the second role.
  expect(new Set(tasks).size).toBe(tasks.length);
});
