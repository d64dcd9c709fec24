/**
 * The local demo page in the system Chromium, against a private emulator seeded from the
 * sample plan (see globalSetup.ts): both web parts render the sample data through the real
 * PnPjs repositories, nothing is fetched from outside 127.0.0.1, and the console stays clean.
 */
import { expect, test, type Page } from "@playwright/test";
import * as fs from "fs";
import * as path from "path";

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

test("the demo page shows both web parts on the sample plan, locally and without errors", async ({ page }) => {
  const seen = watch(page);
  await page.goto(demoUrl());

  const timeline = page.getByRole("region", { name: /ØiR-tidsplan/ });
  const tasks = timeline.getByRole("table", { name: /KY - Bølge 5/ });
  await expect(tasks).toBeVisible();

  // PL 12 with its dates computed from Bølge 5's Go-Live (2027-10-04): end = Go-Live − 171 days,
  // start = end − 63 days.
  const pl12 = tasks.getByRole("row", { name: /PL 12/ });
  await expect(pl12).toContainText("Planlæg kommunens ØiR implementering");
  await expect(pl12).toContainText("12.02.2027");
  await expect(pl12).toContainText("16.04.2027");
  await expect(pl12).toContainText("Påbegyndt");
  await expect(timeline).toContainText("Go-Live 04.10.2027");

  // Every sample task of Bølge 5 is listed.
  const wave5 = sample.tasks.filter((t) => t.waves.includes("KY - Bølge 5"));
  expect(wave5.length).toBeGreaterThanOrEqual(22);
  for (const task of wave5) {
    await expect(tasks.getByRole("rowheader", { name: task.code, exact: true })).toBeVisible();
  }

  // The booking web part shows the working group and hours per ISO week.
  const booking = page.getByRole("region", { name: /Ressourcebooking/ });
  const group = booking.getByRole("table", { name: "Lokal arbejdsgruppe" });
  await expect(group).toBeVisible();
  for (const member of sample.workingGroup) {
    await expect(group.getByRole("rowheader", { name: member.person.displayName })).toBeVisible();
  }
  await expect(group.getByRole("columnheader", { name: /uge 7/ })).toBeVisible();

  // Icons render from the fonts this server copied out of node_modules.
  await expect.poll(() => seen.fonts.length).toBeGreaterThan(0);
  await page.waitForLoadState("networkidle");

  expect(seen.external, "requests that left 127.0.0.1").toEqual([]);
  expect(seen.errors, "console errors").toEqual([]);
});
