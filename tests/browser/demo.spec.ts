/**
 * The local demo page in the system Chromium, against a private emulator seeded from the
 * sample plan (see globalSetup.ts): both web parts render the sample data through the real
 * PnPjs repositories, nothing is fetched from outside 127.0.0.1, and the console stays clean.
 */
import { printPageLogOnFailure } from "./pageLog";
import { expect, test, type Page } from "@playwright/test";
import * as fs from "fs";
import * as path from "path";


printPageLogOnFailure();

interface SampleTask {
  id: number;
  code: string;
  title: string;
  waves: string[];
}
const sample = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "samples", "ky-boelge-5.json"), "utf8")) as {
  tasks: SampleTask[];
  workingGroup: { person: { displayName: string } }[];
};

function demoUrl(): string {
  const url = process.env.OIR_DEMO_URL;
  if (!url) throw new Error("OIR_DEMO_URL is not set: globalSetup did not start the demo");
  return url;
}

/** Records every request that leaves 127.0.0.1 and every console error or page error. */
function watch(page: Page): { external: string[]; errors: string[]; fonts: string[] } {
  const seen = { external: [] as string[], errors: [] as string[], fonts: [] as string[] };
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol === "data:" || url.protocol === "blob:") return;
    if (url.hostname !== "127.0.0.1") seen.external.push(request.url());
    if (url.pathname.endsWith(".woff")) seen.fonts.push(url.pathname);
  });
  page.on("console", (message) => {
    if (message.type() === "error") seen.errors.push(message.text());
  });
  page.on("pageerror", (error) => seen.errors.push(error.message));
  return seen;
}

// Other specs edit the emulator's data: start from the sample plan.
test.beforeEach(async ({ request }) => {
  const url = process.env.OIR_EMULATOR_URL;
  if (!url) throw new Error("OIR_EMULATOR_URL is not set: globalSetup did not start the emulator");
  expect((await request.post(`${url.replace(/\/$/, "")}/_emulator/reset`)).ok()).toBe(true);
});

test("the demo page shows both web parts on the sample plan, locally and without errors", async ({ page }) => {
  const seen = watch(page);
  await page.goto(demoUrl());

  const timeline = page.getByRole("region", { name: /ØiR-tidsplan/ });
  const grid = timeline.getByRole("grid", { name: "Tidsplan for KY - Bølge 5" });
  await expect(grid).toBeVisible();

  // PL 12 with its dates computed from Bølge 5's Go-Live (2027-10-04): end = Go-Live − 171 days,
  // start = end − 63 days; its status in words.
  const pl12 = grid.getByRole("row", { name: /PL 12 Planlæg kommunens ØiR implementering/ });
  await expect(pl12).toContainText("12.02.2027 – 16.04.2027");
  await expect(pl12).toContainText("Påbegyndt");
  await expect(pl12.getByRole("button", { name: /^PL 12 Planlæg/ })).toBeVisible();
  await expect(timeline).toContainText("Go-Live 04.10.2027");
  await expect(grid.getByRole("columnheader").nth(1)).toContainText("uge 7");

  // Every sample task of Bølge 5 is in the plan; rows are virtualized, so scroll through them.
  const wave5 = sample.tasks.filter((t) => t.waves.includes("KY - Bølge 5"));
  expect(wave5.length).toBeGreaterThanOrEqual(22);
  await expect(timeline.getByText(`${wave5.length} af ${wave5.length} opgaver`)).toBeVisible();
  const seenCodes = new Set<string>();
  const scroller = grid.locator("xpath=..");
  for (let step = 0; step < 40; step++) {
    const codes = await grid.locator("[data-task-id] [data-task-code]").allTextContents();
    codes.forEach((c) => seenCodes.add(c.trim()));
    const atEnd = await scroller.evaluate((el) => {
      const before = el.scrollTop;
      el.scrollTop += el.clientHeight * 0.8;
      return el.scrollTop === before;
    });
    if (atEnd) break;
    await page.waitForTimeout(50);
  }
  expect([...seenCodes].sort()).toEqual(wave5.map((t) => t.code).sort());

  // The booking web part shows the working group.
  const booking = page.getByRole("region", { name: /Ressourcebooking/ });
  await expect(booking).toBeVisible();
  for (const member of sample.workingGroup) {
    await expect(booking.getByText(member.person.displayName).first()).toBeVisible();
  }

  // Icons render from the fonts this server copied out of node_modules.
  await expect.poll(() => seen.fonts.length).toBeGreaterThan(0);
  await page.waitForLoadState("networkidle");

  expect(seen.external, "requests that left 127.0.0.1").toEqual([]);
  expect(seen.errors, "console errors").toEqual([]);
});
