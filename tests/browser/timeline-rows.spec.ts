/**
 * The timeline's rows in Chromium, as a projektleder uses them: a task opens from its name by
 * keyboard, the row shows ansvarlig and udfører (cut to fit, whole in the tooltip), the person
 * filter survives a reload through the URL, and the calendar export carries a reminder and a link
 * that opens the task.
 */
import { printPageLogOnFailure } from "./pageLog";
import { expect, test, type Page } from "@playwright/test";
import * as fs from "fs";
import AxeBuilder from "@axe-core/playwright";

printPageLogOnFailure();

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: globalSetup did not start the demo`);
  return value.replace(/\/$/, "");
}

function grid(page: Page): ReturnType<Page["getByRole"]> {
  return page.getByRole("grid", { name: /^Tidsplan for/ });
}

test.beforeEach(async ({ request }) => {
  expect((await request.post(`${env("OIR_EMULATOR_URL")}/_emulator/reset`)).ok()).toBe(true);
});

test("opens a task from its name with the keyboard and shows the row's people", async ({ page }) => {
  await page.goto(`${env("OIR_DEMO_URL")}/`);
  const name = grid(page).getByRole("link", { name: "PL 10 Etabler projektorganisation for KY og ØiR" });
  await expect(name).toBeVisible();
  // The row: Lars is ansvarlig, Anne udfører; the tooltip says which is which.
  const row = grid(page).getByRole("row", { name: /PL 10 Etabler projektorganisation/ });
  const people = row.locator("[data-task-people]");
  await expect(people).toHaveAttribute("title", "Ansvarlig: Lars Mikkelsen. Udfører: Anne Kirstine Holm.");
  await expect(people).toContainText("Lars M. / Anne H.");
  // The people stay inside the task column (truncated there, never over the chart).
  const cell = await row.getByRole("rowheader").boundingBox();
  const box = await people.boundingBox();
  expect(cell && box && box.x + box.width <= cell.x + cell.width).toBe(true);

  await name.focus();
  await page.keyboard.press("Enter");
  const panel = page.getByRole("dialog", { name: /^PL 10 / });
  // The dialog element itself has no box (Fluent positions its children): check its heading.
  await expect(panel.getByRole("heading", { name: /^PL 10 / })).toBeVisible();
  // Enter opened the panel in place: no navigation away from the page.
  expect(new URL(page.url()).searchParams.get("oirTask")).toBeNull();
  await page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  // axe on the row (the whole grid takes axe longer than the test may on a shared machine).
  expect(await new AxeBuilder({ page }).include("[role=grid] [data-task-id=\"501\"]").analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);
});

test("filters by person, keeps the filter after a reload, and finds people with the search", async ({ page }) => {
  await page.goto(`${env("OIR_DEMO_URL")}/`);
  const timeline = page.getByRole("region", { name: /ØiR-tidsplan/ });
  await timeline.getByRole("combobox", { name: /^Person/ }).click();
  await page.getByRole("option", { name: "Lars Mikkelsen" }).click();
  await expect(timeline.getByText("2 af 36 opgaver", { exact: true })).toBeVisible();
  expect(new URL(page.url()).searchParams.get("oirPerson")).toBe("lars.mikkelsen@eksempelkommune.dk");
  await page.reload();
  await expect(timeline.getByText("2 af 36 opgaver", { exact: true })).toBeVisible();
  await timeline.getByRole("button", { name: "Ryd filtre" }).click();
  await timeline.getByRole("searchbox", { name: "Søg i opgaver og personer" }).fill("Kjær Larsen");
  await expect(timeline.getByText("1 af 36 opgaver", { exact: true })).toBeVisible();
  await expect(grid(page).getByRole("row", { name: /IN 31 / })).toBeVisible();
});

test("the calendar export reminds before an open task and links back to it; the link opens the task", async ({ page }) => {
  await page.goto(`${env("OIR_DEMO_URL")}/?oirText=PL%2012`);
  const timeline = page.getByRole("region", { name: /ØiR-tidsplan/ });
  await expect(timeline.getByText("1 af 36 opgaver", { exact: true })).toBeVisible();
  await timeline.getByRole("button", { name: "Eksportér" }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name: /ICS/ }).click()]);
  const text = fs.readFileSync(await download.path(), "utf8");
  for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
  const lines = text.replace(/\r\n /g, "").split("\r\n");
  expect(lines).toEqual(expect.arrayContaining(["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER;RELATED=START:-PT15H", "END:VALARM"]));
  const link = lines.find((l) => l.startsWith("URL:"))?.slice(4) ?? "";
  expect(new URL(link).searchParams.get("oirTask")).toBe("519");
  await page.goto(link);
  await expect(page.getByRole("dialog", { name: /^PL 12 Planlæg/ }).getByRole("heading", { name: /^PL 12 Planlæg/ })).toBeVisible();
});

test("opens Opfølgning from the readiness figures by keyboard, and it is axe clean", async ({ page }) => {
  await page.goto(`${env("OIR_DEMO_URL")}/`);
  const timeline = page.getByRole("region", { name: /ØiR-tidsplan/ });
  const toggle = timeline.getByRole("button", { name: /over slutdatoen · \d+ ikke påbegyndt · \d+ overbooket/ });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const list = timeline.getByRole("region", { name: "Opfølgning: opgaver, der er bagud i dag" });
  await expect(list).toBeVisible();
  expect(new URL(page.url()).searchParams.get("oirFollowUp")).toBe("1");
  const results = await new AxeBuilder({ page }).include("[aria-label^='Status for PL 12']").include("[aria-labelledby$='follow-up-heading']").analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
