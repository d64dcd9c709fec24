/** Export from the demo page: the CSV opens in Danish Excel, the ICS parses as a calendar. */
import { printPageLogOnFailure } from "./pageLog";
import { expect, test, type Download, type Page } from "@playwright/test";
import * as fs from "fs";


printPageLogOnFailure();

function demoUrl(): string {
  const url = process.env.OIR_DEMO_URL;
  if (!url) throw new Error("OIR_DEMO_URL is not set: globalSetup did not start the demo");
  return url;
}

async function exportAs(page: Page, item: RegExp): Promise<{ download: Download; bytes: Buffer }> {
  const timeline = page.getByRole("region", { name: /ØiR-tidsplan/ });
  await timeline.getByRole("button", { name: "Eksportér" }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name: item }).click()]);
  const file = await download.path();
  return { download, bytes: fs.readFileSync(file) };
}

// Other specs edit the emulator's data: start from the sample plan.
test.beforeEach(async ({ request }) => {
  const url = process.env.OIR_EMULATOR_URL;
  if (!url) throw new Error("OIR_EMULATOR_URL is not set: globalSetup did not start the emulator");
  expect((await request.post(`${url.replace(/\/$/, "")}/_emulator/reset`)).ok()).toBe(true);
});

test("exports the shown tasks as CSV for Danish Excel and as an ICS calendar", async ({ page }) => {
  // Only the KOMBIT-programleder's tasks: the export follows the filters.
  await page.goto(`${demoUrl()}?oirRole=KOMBIT-programleder`);
  const timeline = page.getByRole("region", { name: /ØiR-tidsplan/ });
  await expect(timeline.getByText("9 af 36 opgaver", { exact: true })).toBeVisible();

  const csv = await exportAs(page, /CSV/);
  expect(csv.download.suggestedFilename()).toBe("oir-tidsplan-ky-bølge-5.csv");
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const records = csv.bytes.toString("utf8").slice(1).split("\r\n").filter((l) => l !== "");
  expect(records).toHaveLength(1 + 9);
  const header = records[0].split(";");
  expect(header.slice(0, 2)).toEqual(["Kode", "Opgave"]);
  const pl12 = records.find((r) => r.startsWith("PL 12;"));
  expect(pl12?.split(";")).toEqual(expect.arrayContaining(["12.02.2027", "16.04.2027", "Påbegyndt", "Anne Kirstine Holm"]));

  const ics = await exportAs(page, /ICS/);
  expect(ics.download.suggestedFilename()).toBe("oir-tidsplan-ky-bølge-5.ics");
  // Unfold (RFC 5545 §3.1) and read the events.
  const lines = ics.bytes.toString("utf8").replace(/\r\n /g, "").split("\r\n");
  expect(lines[0]).toBe("BEGIN:VCALENDAR");
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") current = {};
    else if (line === "END:VEVENT" && current) {
      events.push(current);
      current = undefined;
    } else if (current) {
      const colon = line.indexOf(":");
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  expect(events).toHaveLength(9);
  const event = events.find((e) => e.SUMMARY?.startsWith("PL 12 "));
  expect(event?.["DTSTART;VALUE=DATE"]).toBe("20270212");
  expect(event?.["DTEND;VALUE=DATE"]).toBe("20270417");
});
