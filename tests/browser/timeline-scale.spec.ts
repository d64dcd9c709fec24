/**
 * Scale: 5,000 more tasks in the municipality's Planer (past SharePoint's list view threshold),
 * read through the real PnPjs paging, drawn with only the visible rows in the DOM.
 */
import { printPageLogOnFailure } from "./pageLog";
import { expect, test } from "@playwright/test";
import * as fs from "fs";
import * as path from "path";


printPageLogOnFailure();

const sample = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "samples", "ky-boelge-5.json"), "utf8")) as {
  tasks: { phase: string; waves: string[] }[];
};
const wave5 = sample.tasks.filter((t) => t.waves.includes("KY - Bølge 5"));

const EXTRA = 5000;

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: globalSetup did not start the demo`);
  return value.replace(/\/$/, "");
}

test.beforeEach(async ({ request }) => {
  expect((await request.post(`${env("OIR_EMULATOR_URL")}/_emulator/reset`)).ok()).toBe(true);
});
test.afterEach(async ({ request }) => {
  expect((await request.post(`${env("OIR_EMULATOR_URL")}/_emulator/reset`)).ok()).toBe(true);
});

test("5,000 extra tasks load through paging and only the visible rows are in the DOM", async ({ page, request }) => {
  test.setTimeout(120_000);
  const items = Array.from({ length: EXTRA }, (_v, i) => ({
    Title: `Skalaopgave ${i}`,
    OirMasterId: 100000 + i,
    OirCode: `SK ${i}`,
    OirProject: "KY",
    OirPhase: "Fase 9: Skala",
    OirEffortDays: 2,
    OirEndOffsetDays: -300 + (i % 280),
    OirStartOffsetDays: -14,
    OirWaves: "KY - Bølge 5",
    OirKind: "Opgave",
    OirStatus: "Ikke påbegyndt",
    OirMasterVersion: 1
  }));
  const seeded = await request.post(`${env("OIR_EMULATOR_URL")}/_emulator/items`, { data: { site: "municipality", list: "Planer", items } });
  expect(seeded.ok(), await seeded.text()).toBe(true);

  const started = Date.now();
  await page.goto(`${env("OIR_DEMO_URL")}/`);
  const timeline = page.getByRole("region", { name: /ØiR-tidsplan/ });
  const total = wave5.length + EXTRA;
  await expect(timeline.getByText(`${total} af ${total} opgaver`)).toBeVisible({ timeout: 60_000 });
  const grid = timeline.getByRole("grid", { name: "Tidsplan for KY - Bølge 5" });
  await expect(grid).toBeVisible();
  const loadMs = Date.now() - started;
  test.info().annotations.push({ type: "load of 5,036 tasks (ms)", description: String(loadMs) });
  console.log(`timeline with ${total} tasks visible after ${loadMs} ms`);

  // Every task and phase group is a row for assistive technology (plus the header row), even if not in the DOM.
  const groups = new Set(wave5.map((t) => t.phase)).size + 1;
  expect(await grid.getAttribute("aria-rowcount")).toBe(String(total + groups + 1));
  const rendered = await grid.getByRole("row").count();
  expect(rendered).toBeLessThan(80);

  // Scroll to the end: the last rows render, the DOM stays small.
  const scroller = grid.locator("xpath=..");
  await scroller.evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await expect(grid.locator("[data-task-id]").last()).toBeVisible();
  expect(await grid.getByRole("row").count()).toBeLessThan(80);
});
