/**
 * WCAG 2.1 AA on every view and dialog of the demo page (both web parts and the KLIK import,
 * real PnPjs against the private emulator): axe-core with the wcag2a, wcag2aa, wcag21a and
 * wcag21aa tags finds 0 violations on the timeline at each zoom, the task panel, the open
 * filters, the conflict dialog (a colleague's edit provoked with the emulator's concurrentEdit
 * fault), "Forskyd", the export menu, the booking grid while editing, the working group form,
 * a booking suggestion, the booking conflict dialog, "Opdatér fra KOMBIT" and the KLIK import.
 * No rule is disabled and no element excluded.
 */
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import * as fs from "fs";
import * as path from "path";
import { printPageLogOnFailure } from "./pageLog";
import { expectNoA11yViolations } from "./support/a11y";

printPageLogOnFailure();
// axe walks the whole page (both web parts, ~3,000 elements) in 10-15 s on two shared cores;
// a test checks up to five states.
test.describe.configure({ timeout: 150_000 });

const JESPER = "Jesper Dahl Andersen";

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: globalSetup did not start the demo`);
  return value.replace(/\/$/, "");
}

const MUNICIPALITY = (): string => `${env("OIR_EMULATOR_URL")}/sites/eksempelkommune`;
const KOMBIT = (): string => `${env("OIR_EMULATOR_URL")}/sites/kombit-ky`;

async function resetEmulator(request: APIRequestContext): Promise<void> {
  expect((await request.post(`${env("OIR_EMULATOR_URL")}/_emulator/reset`)).ok()).toBe(true);
}

async function itemIds(request: APIRequestContext, site: string, list: string, filter: string): Promise<number[]> {
  const url = `${site}/_api/web/lists/getbytitle('${encodeURIComponent(list)}')/items?$filter=${encodeURIComponent(filter)}&$select=Id`;
  const response = await request.get(url, { headers: { Accept: "application/json;odata=nometadata" } });
  expect(response.ok(), `GET ${list}`).toBe(true);
  return ((await response.json()) as { value: { Id: number }[] }).value.map((i) => i.Id);
}

async function addFault(request: APIRequestContext, fault: Record<string, unknown>): Promise<void> {
  const response = await request.post(`${env("OIR_EMULATOR_URL")}/_emulator/faults`, { data: fault });
  expect(response.ok(), await response.text()).toBe(true);
}

async function openDemo(page: Page, query = ""): Promise<void> {
  await page.goto(`${env("OIR_DEMO_URL")}/${query}`);
  await expect(page.getByRole("grid", { name: /^Tidsplan for/ })).toBeVisible();
  await expect(page.getByRole("grid", { name: "Booket tid pr. person og uge" })).toBeVisible();
}

function timeline(page: Page): ReturnType<Page["getByRole"]> {
  return page.getByRole("region", { name: /ØiR-tidsplan/ });
}

function booking(page: Page): ReturnType<Page["getByRole"]> {
  return page.getByRole("region", { name: /Ressourcebooking/ });
}

function pl12Row(page: Page): ReturnType<Page["getByRole"]> {
  return page.getByRole("grid", { name: /^Tidsplan for/ }).getByRole("row", { name: /PL 12 Planlæg kommunens ØiR implementering/ });
}

test.beforeEach(async ({ request }) => resetEmulator(request));
test.afterEach(async ({ request }) => resetEmulator(request));

for (const zoom of ["week", "day", "month"]) {
  test(`the whole demo page with the timeline at ${zoom} zoom`, async ({ page }) => {
    await openDemo(page, `?oirZoom=${zoom}`);
    await expectNoA11yViolations(page, `the demo page at ${zoom} zoom`);
  });
}

test("the whole demo page in English", async ({ page }) => {
  await page.goto(`${env("OIR_DEMO_URL")}/?lang=en-us`);
  await expect(page.getByRole("grid", { name: /^Timeline for KY - Bølge 5/ })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectNoA11yViolations(page, "the demo page in en-us");
});

test("the whole demo page as a reader (the KOMBIT-programleder)", async ({ page, context }) => {
  const demo = new URL(env("OIR_DEMO_URL"));
  await context.addCookies([{ name: "emulatorUser", value: "henrik.vestergaard@kombit.example", domain: demo.hostname, path: "/" }]);
  await openDemo(page);
  await expect(timeline(page).getByText(/Du kan se planen, men ikke ændre den/)).toBeVisible();
  await expectNoA11yViolations(page, "the demo page read-only");
});

test("the timeline with open filters and the export menu", async ({ page }) => {

  // Filters in use (the clear button appears) and each kind of dropdown open.
  await openDemo(page, "?oirRole=KOMBIT-programleder&oirCritical=1&oirText=plan");
  await expectNoA11yViolations(page, "the timeline filtered");
  await timeline(page).getByRole("combobox", { name: /^Rolle/ }).click();
  await expect(page.getByRole("listbox")).toBeVisible();
  await expectNoA11yViolations(page, "the role filter open");
  await page.keyboard.press("Escape");
  await timeline(page).getByRole("combobox", { name: /^Udførelsesstatus|^Status/ }).click();
  await expect(page.getByRole("listbox")).toBeVisible();
  await expectNoA11yViolations(page, "the status filter (multi-select) open");
  await page.keyboard.press("Escape");

  await timeline(page).getByRole("button", { name: "Eksportér" }).click();
  await expect(page.getByRole("menu")).toBeVisible();
  await expectNoA11yViolations(page, "the export menu");
});

test("the task panel, the conflict dialog and Forskyd", async ({ page, request }) => {
  await openDemo(page);
  await pl12Row(page).getByRole("button", { name: /^PL 12 Planlæg/ }).click();
  const panel = page.getByRole("dialog", { name: /PL 12 Planlæg kommunens ØiR implementering/ });
  await expect(panel.getByRole("heading", { name: /^PL 12 Planlæg/ })).toBeVisible();
  await expectNoA11yViolations(page, "PL 12's task panel");
  // The date field's calendar, opened with the keyboard (Enter in the field).
  await panel.getByRole("combobox", { name: "Startdato" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("grid", { name: /2027/ }).first()).toBeVisible();
  await expectNoA11yViolations(page, "the task panel's calendar");
  // Escape closes the calendar only, not the panel around it.
  await page.keyboard.press("Escape");
  await expect(page.getByRole("grid", { name: /2027/ })).toHaveCount(0);
  await expect(panel.getByRole("heading", { name: /^PL 12 Planlæg/ })).toBeVisible();

  // A colleague edits PL 12 just before our save: SharePoint answers 412, the dialog opens.
  const [pl12Id] = await itemIds(request, MUNICIPALITY(), "Planer", "OirMasterId eq 519");
  await addFault(request, { kind: "concurrentEdit", list: "Planer", itemId: pl12Id, changes: { OirStatus: "Fuldført" } });
  await panel.getByRole("combobox", { name: /^Udførelsesstatus/ }).click();
  await page.getByRole("option", { name: "Ikke påbegyndt" }).click();
  await panel.getByRole("button", { name: "Gem" }).click();
  const conflict = page.getByRole("alertdialog", { name: "Opgaven er ændret af en anden" });
  await expect(conflict.getByRole("button", { name: "Behold mine" })).toBeVisible();
  await expectNoA11yViolations(page, "the conflict dialog");
  await conflict.getByRole("button", { name: "Brug deres" }).click();
  await expect(conflict).toHaveCount(0);

  await pl12Row(page).getByRole("checkbox", { name: "Vælg PL 12" }).check();
  await timeline(page).getByRole("button", { name: "Forskyd (1)" }).click();
  const shift = page.getByRole("dialog", { name: "Forskyd 1 valgt opgave" });
  await expect(shift.getByRole("spinbutton", { name: "Antal arbejdsdage" })).toBeVisible();
  await expectNoA11yViolations(page, "the Forskyd dialog");
});

test("the booking grid while editing, the working group form and a suggestion", async ({ page }) => {
  await openDemo(page);
  const grid = booking(page).getByRole("grid", { name: "Booket tid pr. person og uge" });
  const firstExpand = grid.getByRole("button", { name: /^Vis opgaver for / }).first();
  await firstExpand.click();
  await expectNoA11yViolations(page, "the booking grid with a person's tasks shown");

  const cell = grid.getByRole("gridcell", { name: /, PL 12, uge 8 \(22\.02\.2027\)/ }).first();
  await cell.click();
  await page.keyboard.type("3");
  await expect(grid.getByRole("textbox", { name: /^Timer for .* på PL 12 i uge 8$/ })).toBeVisible();
  await expectNoA11yViolations(page, "a booking cell being edited");
  await page.keyboard.press("Escape");

  const form = booking(page).getByRole("form", { name: "Tilføj til arbejdsgruppen" });
  await form.getByRole("combobox", { name: "Person" }).fill("Jesper");
  await expect(page.getByRole("option", { name: new RegExp(JESPER) })).toBeVisible();
  await expectNoA11yViolations(page, "the working group's person search");
  await page.getByRole("option", { name: new RegExp(JESPER) }).click();
  await form.getByRole("combobox", { name: /Roller/ }).click();
  await expect(page.getByRole("listbox")).toBeVisible();
  await expectNoA11yViolations(page, "the working group's roles open");
  await page.keyboard.press("Escape");

  await grid.getByRole("button", { name: /^Foreslå booking for .* på PL 12$/ }).first().click();
  await expect(booking(page).getByRole("button", { name: "Gem forslaget" })).toBeVisible();
  await expectNoA11yViolations(page, "a booking suggestion");
});

test("the booking conflict dialog", async ({ page, request }) => {
  await openDemo(page);
  const grid = booking(page).getByRole("grid", { name: "Booket tid pr. person og uge" });
  await grid.getByRole("button", { name: /^Vis opgaver for / }).first().click();
  const cell = grid.getByRole("gridcell", { name: /, PL 12, uge 8 \(22\.02\.2027\)/ }).first();
  const before = await itemIds(request, MUNICIPALITY(), "Ressourcebookinger", "OirHours ge 0");
  await cell.click();
  await page.keyboard.type("4");
  await page.keyboard.press("Enter");
  await expect(cell).toHaveAttribute("aria-label", /: 4 t$/);
  await expect(booking(page).getByText(/Gemmer ændringer/)).toHaveCount(0);
  let created: number[] = [];
  await expect
    .poll(async () => {
      created = (await itemIds(request, MUNICIPALITY(), "Ressourcebookinger", "OirHours ge 0")).filter((id) => !before.includes(id));
      return created.length;
    })
    .toBe(1);

  await addFault(request, { kind: "concurrentEdit", list: "Ressourcebookinger", itemId: created[0], changes: { OirHours: 7 } });
  await cell.click();
  await page.keyboard.type("5");
  await page.keyboard.press("Enter");
  const conflict = page.getByRole("alertdialog", { name: "Bookingen er ændret af en anden" });
  await expect(conflict.getByRole("button", { name: "Behold mine" })).toBeVisible();
  await expectNoA11yViolations(page, "the booking conflict dialog");
});

test("Opdatér fra KOMBIT with a change to review", async ({ page, request }) => {
  const [masterId] = await itemIds(request, KOMBIT(), "Planer", "OirMasterId eq 519");
  const response = await request.post(`${KOMBIT()}/_api/web/lists/getbytitle('Planer')/items(${masterId})`, {
    headers: {
      Accept: "application/json;odata=nometadata",
      "Content-Type": "application/json;odata=nometadata",
      "X-HTTP-Method": "MERGE",
      "If-Match": "*",
      Authorization: "Bearer browser-test",
      "X-Emulator-User": "planadmin@kombit.example"
    },
    data: { Title: "Planlæg kommunens ØiR implementering og ressourcer" }
  });
  expect(response.status(), await response.text()).toBe(204);

  await openDemo(page);
  await timeline(page).getByRole("button", { name: "Opdatér fra KOMBIT" }).click();
  const dialog = page.getByRole("dialog", { name: "Opdatér fra KOMBIT" });
  await expect(dialog.getByRole("heading", { name: "Ændrede opgaver (1)" })).toBeVisible();
  await expectNoA11yViolations(page, "Opdatér fra KOMBIT with one change");
  await dialog.getByRole("button", { name: "Opdatér valgte (1)" }).click();
  await expect(dialog.getByRole("status")).toContainText("1 opgaver opdateret");
  await expectNoA11yViolations(page, "Opdatér fra KOMBIT after the update");
});

test("the KLIK import: tasks read, and the result of writing them", async ({ page, context }) => {
  const klik = fs.readFileSync(path.join(__dirname, "../fixtures/klik/OA12-udpeg-ky-systemansvarlig.txt"), "utf8");
  await openDemo(page);
  const panel = page.locator('[data-webpart="KlikImport"]');
  await panel.getByRole("textbox").fill(klik);
  await panel.getByRole("button", { name: "Læs opgaverne" }).click();
  await expect(panel.getByText(/1 opgaver læst uden fejl/)).toBeVisible();
  await expectNoA11yViolations(page, "KLIK import with a task read");

  await panel.getByRole("textbox").fill("Master-opgave ID\tx");
  await panel.getByRole("button", { name: "Læs opgaverne" }).click();
  await expect(panel.getByText(/med fejl/)).toBeVisible();
  await expectNoA11yViolations(page, "KLIK import with errors");

  // As KOMBIT's plan administrator: the tasks are written and the result listed.
  const demo = new URL(env("OIR_DEMO_URL"));
  await context.addCookies([{ name: "emulatorUser", value: "planadmin@kombit.example", domain: demo.hostname, path: "/" }]);
  await page.goto(`${env("OIR_DEMO_URL")}/`);
  await panel.getByRole("textbox").fill(klik);
  await panel.getByRole("button", { name: "Læs opgaverne" }).click();
  await panel.getByRole("button", { name: /^Skriv 1 opgaver/ }).click();
  await expect(panel.getByRole("heading", { name: "Resultat" })).toBeVisible();
  await expectNoA11yViolations(page, "KLIK import result");
});
