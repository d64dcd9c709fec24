/**
 * PL 12 as the KY-projektleder does it (DESIGN §1), in the real browser on the demo page against
 * the emulator: choose the wave, filter by role, take PL 12 on (responsible, performer,
 * "Påbegyndt"), adapt its dates, add a dependency and be refused a cycle, form the working group,
 * book resources into an over-allocation, sign up for the intro webinar, export CSV and ICS, mark
 * PL 12 "Fuldført", reload — and find all of it in SharePoint's lists and in the readiness header.
 */
import { expect, test, type Download, type Locator, type Page } from "@playwright/test";
import * as fs from "fs";
import {
  demoUrl,
  listItems,
  readLocalTask,
  resetEmulator,
  updateItem,
  watchPage
} from "./support/journeyEmulator";

const ANNE = { email: "anne.holm@eksempelkommune.dk", name: "Anne Kirstine Holm" };
const SOFIE = { email: "sofie.lindberg@eksempelkommune.dk", name: "Sofie Lindberg" };
const JESPER = { email: "jesper.dahl@eksempelkommune.dk", name: "Jesper Dahl Andersen" };
const PL12 = 519;
const PL11 = 502;
const WE01 = 601;

function timelineOf(page: Page): Locator {
  return page.getByRole("region", { name: /ØiR-tidsplan/ });
}

function rowOf(page: Page, code: string): Locator {
  return page.getByRole("grid", { name: /^Tidsplan for/ }).getByRole("row", { name: new RegExp(`^(Vælg )?${code} `) });
}

async function openPanel(page: Page, code: string): Promise<Locator> {
  await rowOf(page, code).getByRole("button", { name: new RegExp(`^${code} `) }).click();
  const panel = page.getByRole("dialog", { name: new RegExp(`^${code} `) });
  await expect(panel.getByRole("heading", { name: new RegExp(`^${code} `) })).toBeVisible();
  return panel;
}

/** "3 af 36 (8 %)" of one figure in the readiness header. */
async function readinessFigure(page: Page, label: string): Promise<number> {
  // The item that starts with the label and its "N af M": the Opfølgning line also says "ikke påbegyndt".
  const figure = timelineOf(page).getByRole("list", { name: /^Status for PL 12/ }).getByRole("listitem").filter({ hasText: new RegExp(`^${label}\\s*\\d+ af \\d+`) });
  const text = (await figure.textContent()) ?? "";
  const match = /(\d+) af (\d+)/.exec(text);
  if (!match) throw new Error(`readiness figure "${label}" reads "${text}"`);
  return Number(match[1]);
}

async function exportAs(page: Page, item: RegExp): Promise<{ download: Download; text: string }> {
  await timelineOf(page).getByRole("button", { name: "Eksportér" }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name: item }).click()]);
  return { download, text: fs.readFileSync((await download.path()) ?? "", "utf8") };
}

/** Unfolds (RFC 5545 §3.1) and reads the VEVENTs as property maps. */
function icsEvents(text: string): Record<string, string>[] {
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  for (const line of text.replace(/\r\n[ \t]/g, "").split("\r\n")) {
    if (line === "BEGIN:VEVENT") current = {};
    else if (line === "END:VEVENT" && current) {
      events.push(current);
      current = undefined;
    } else if (current) {
      const colon = line.indexOf(":");
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return events;
}

/** Semicolon CSV with quoted fields (""-escaped), as Danish Excel reads it. */
function csvRecords(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, "");
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ";") {
      record.push(field);
      field = "";
    } else if (c === "\r" && body[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field !== "" || record.length > 0) records.push([...record, field]);
  return records;
}

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
  // PL 12 as it stands before the KY-projektleder takes it on: nobody on it, not started.
  const pl12 = await readLocalTask(request, PL12);
  await updateItem(request, "Planer", pl12.Id, { OirStatus: "Ikke påbegyndt", OirResponsibleId: null, OirPerformerId: null });
});
test.afterEach(async ({ request }) => resetEmulator(request));

test("PL 12 from start to Fuldført: plan, dependency, working group, booking, webinar, exports, all persisted", async ({ page, request }) => {
  test.setTimeout(90_000);
  const watch = await watchPage(page);
  await page.goto(demoUrl());
  const timeline = timelineOf(page);
  await expect(rowOf(page, "PL 12")).toContainText("12.02.2027 – 16.04.2027");
  await expect(rowOf(page, "PL 12")).toContainText("Ikke påbegyndt");

  // Choose the wave: Bølge 6 moves everything with its Go-Live; back to our Bølge 5.
  const waveBox = timeline.getByRole("combobox", { name: /^Bølge/ });
  await waveBox.click();
  await page.getByRole("option", { name: "KY - Bølge 6" }).click();
  await expect(rowOf(page, "PL 12")).not.toContainText("12.02.2027 – 16.04.2027");
  await waveBox.click();
  await page.getByRole("option", { name: "KY - Bølge 5" }).click();
  await expect(timeline).toContainText("Go-Live 04.10.2027");
  await expect(rowOf(page, "PL 12")).toContainText("12.02.2027 – 16.04.2027");

  // Filter by role: the KY-projektleder's own tasks.
  await timeline.getByRole("combobox", { name: /^Rolle/ }).click();
  await page.getByRole("option", { name: "KY-projektleder", exact: true }).click();
  await expect(timeline.getByText(/^\d+ af 36 opgaver$/)).toBeVisible();
  expect(new URL(page.url()).searchParams.get("oirRole")).toBe("KY-projektleder");
  const completedBefore = await readinessFigure(page, "Fuldført");
  const startedBefore = await readinessFigure(page, "Påbegyndt");
  const responsibleBefore = await readinessFigure(page, "Ansvarlig sat");

  // 1 + 7. Take PL 12 on and adapt its dates to the municipality's timeline.
  let panel = await openPanel(page, "PL 12");
  await panel.getByRole("combobox", { name: "Ansvarlig" }).fill("Anne");
  await page.getByRole("option", { name: new RegExp(ANNE.name) }).click();
  await panel.getByRole("combobox", { name: "Udfører" }).fill("Sofie");
  await page.getByRole("option", { name: new RegExp(SOFIE.name) }).click();
  await panel.getByRole("combobox", { name: /^Udførelsesstatus/ }).click();
  await page.getByRole("option", { name: "Påbegyndt", exact: true }).click();
  for (const [label, value] of [["Startdato", "15.02.2027"], ["Slutdato", "23.04.2027"]]) {
    const field = panel.getByRole("combobox", { name: label });
    await field.fill(value);
    await field.press("Enter");
    await expect(field).toHaveValue(value);
  }
  await panel.getByRole("button", { name: "Gem" }).click();
  await expect(panel).toHaveCount(0);
  await expect(rowOf(page, "PL 12")).toContainText("15.02.2027 – 23.04.2027");
  await expect(rowOf(page, "PL 12")).toContainText("Påbegyndt");
  await expect.poll(() => readinessFigure(page, "Påbegyndt")).toBe(startedBefore + 1);
  await expect.poll(() => readinessFigure(page, "Ansvarlig sat")).toBe(responsibleBefore + 1);

  // A dependency on PL 11 is fine; one on PL 14 (which waits for PL 12) would close a ring.
  panel = await openPanel(page, "PL 12");
  const add = panel.getByRole("combobox", { name: "Tilføj forgænger" });
  await add.click();
  await page.getByRole("option", { name: /^PL 11 / }).click();
  await expect(panel.getByRole("button", { name: "Fjern PL 11 som forgænger" })).toBeVisible();
  await add.click();
  await page.getByRole("option", { name: /^PL 14 / }).click();
  await expect(panel.getByText(/^Afhængigheden kan ikke tilføjes, fordi den lukker en ring: PL 1[24] → PL 1[24] → PL 1[24]$/)).toBeVisible();
  await expect(panel.getByText(/ring: .*PL 12.*PL 14|ring: .*PL 14.*PL 12/)).toBeVisible();
  // The panel's changes are a draft until Gem (predecessors too).
  await panel.getByRole("button", { name: "Gem" }).click();
  await expect(panel).toHaveCount(0);
  await expect(timeline.getByText("Gemmer …")).toHaveCount(0);

  // 6 + 7. The working group gets Jesper; he is booked beyond his capacity on PL 12.
  const booking = page.getByRole("region", { name: /Ressourcebooking/ });
  const form = booking.getByRole("form", { name: "Tilføj til arbejdsgruppen" });
  await form.getByRole("combobox", { name: "Person" }).fill("Jesper");
  await page.getByRole("option", { name: new RegExp(JESPER.name) }).click();
  await form.getByRole("combobox", { name: /Roller/ }).click();
  await page.getByRole("listbox").getByText("KY-projektleder", { exact: true }).click();
  await page.keyboard.press("Escape");
  await form.getByRole("textbox", { name: /Timer pr\. uge/ }).fill("10");
  await form.getByRole("button", { name: "Tilføj til arbejdsgruppen" }).click();
  await expect(booking.getByText(`${JESPER.name} er tilføjet arbejdsgruppen.`)).toBeVisible();
  const grid = booking.getByRole("grid", { name: "Booket tid pr. person og uge" });
  await grid.getByRole("button", { name: `Vis opgaver for ${JESPER.name}` }).click();
  const week8 = grid.getByRole("gridcell", { name: new RegExp(`^${JESPER.name}, PL 12, uge 8 \\(22\\.02\\.2027\\)`) });
  await week8.click();
  await page.keyboard.type("12");
  await page.keyboard.press("Enter");
  await expect(week8).toHaveAttribute("aria-label", /: 12 t$/);
  const personWeek8 = grid.getByRole("gridcell", { name: new RegExp(`^${JESPER.name}, uge 8 \\(22\\.02\\.2027\\)`) });
  await expect(personWeek8).toHaveAttribute("aria-label", /overbooket med 2 t, kapacitet 10 t/);
  await expect(booking.getByText(/Gemmer ændringer/)).toHaveCount(0);

  // 5. The timeline reads the new working group on reload; Jesper signs up for webinar 1.
  await page.reload();
  await expect(rowOf(page, "PL 12")).toContainText("15.02.2027 – 23.04.2027");
  panel = await openPanel(page, "WE 01");
  const attendees = panel.getByRole("group", { name: "Deltagere fra kommunen" });
  const jesperBox = attendees.getByRole("checkbox", { name: new RegExp(`^${JESPER.name}`) });
  await expect(jesperBox).not.toBeChecked();
  // Fluent draws the box over the input: click the label as a user does.
  await attendees.getByText(new RegExp(`^${JESPER.name}`)).click();
  await expect(jesperBox).toBeChecked();
  await panel.getByRole("button", { name: "Gem" }).click();
  await expect(panel).toHaveCount(0);

  // Exports of what is shown (the KY-projektleder's tasks), parsed.
  const csv = await exportAs(page, /CSV/);
  expect(csv.download.suggestedFilename()).toBe("oir-tidsplan-ky-bølge-5.csv");
  expect(csv.text.startsWith("\uFEFF")).toBe(true);
  const records = csvRecords(csv.text);
  expect(records[0].slice(0, 2)).toEqual(["Kode", "Opgave"]);
  expect(new Set(records.map((r) => r.length)).size, "every record has the header's column count").toBe(1);
  const pl12Csv = records.find((r) => r[0] === "PL 12");
  expect(pl12Csv).toEqual(expect.arrayContaining(["15.02.2027", "23.04.2027", "Påbegyndt", ANNE.name, SOFIE.name]));
  const ics = await exportAs(page, /ICS/);
  expect(ics.download.suggestedFilename()).toBe("oir-tidsplan-ky-bølge-5.ics");
  expect(ics.text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
  expect(ics.text.trimEnd().endsWith("END:VCALENDAR")).toBe(true);
  const events = icsEvents(ics.text);
  expect(events).toHaveLength(records.length - 1);
  const pl12Event = events.find((e) => e.SUMMARY?.startsWith("PL 12 "));
  expect(pl12Event?.["DTSTART;VALUE=DATE"]).toBe("20270215");
  expect(pl12Event?.["DTEND;VALUE=DATE"]).toBe("20270424");

  // 8. Done: PL 12 "Fuldført".
  panel = await openPanel(page, "PL 12");
  await panel.getByRole("combobox", { name: /^Udførelsesstatus/ }).click();
  await page.getByRole("option", { name: "Fuldført" }).click();
  await panel.getByRole("button", { name: "Gem" }).click();
  await expect(panel).toHaveCount(0);
  await expect(rowOf(page, "PL 12")).toContainText("Fuldført");
  await expect(timeline.getByText("Gemmer …")).toHaveCount(0);

  // Reload: the page shows it all, the header counts it…
  await page.reload();
  await expect(timeline.getByText(/^\d+ af 36 opgaver$/)).toBeVisible();
  await expect(rowOf(page, "PL 12")).toContainText("15.02.2027 – 23.04.2027");
  await expect(rowOf(page, "PL 12")).toContainText("Fuldført");
  expect(await readinessFigure(page, "Fuldført")).toBe(completedBefore + 1);
  // "Påbegyndt" counts started or completed tasks: PL 12 stays counted.
  expect(await readinessFigure(page, "Påbegyndt")).toBe(startedBefore + 1);
  expect(await readinessFigure(page, "Ansvarlig sat")).toBe(responsibleBefore + 1);
  panel = await openPanel(page, "PL 12");
  await expect(panel.getByRole("combobox", { name: "Startdato" })).toHaveValue("15.02.2027");
  await expect(panel.getByRole("list", { name: "Ansvarlig" })).toContainText(ANNE.name);
  await expect(panel.getByRole("list", { name: "Udfører" })).toContainText(SOFIE.name);
  await expect(panel.getByRole("button", { name: "Fjern PL 11 som forgænger" })).toBeVisible();
  // Nothing changed: the footer's button reads "Luk" (the X beside the heading is named "Luk" too).
  await panel.getByRole("button", { name: "Luk" }).last().click();
  await expect(panel).toHaveCount(0);
  await expect(grid.getByRole("gridcell", { name: new RegExp(`^${JESPER.name}, uge 8 \\(22\\.02\\.2027\\): 12 t booket i alt, overbooket med 2 t`) })).toBeVisible();

  // …and so do SharePoint's lists, read over REST.
  const pl12 = await readLocalTask(request, PL12);
  expect(pl12.OirStatus).toBe("Fuldført");
  expect(pl12.OirLocalStart).toBe("2027-02-14T23:00:00Z");
  expect(pl12.OirLocalEnd).toBe("2027-04-22T22:00:00Z");
  expect(pl12.OirResponsible?.EMail).toBe(ANNE.email);
  expect(pl12.OirPerformer?.EMail).toBe(SOFIE.email);
  const pl11 = await readLocalTask(request, PL11);
  expect(pl12.OirLocalPredecessorsId).toEqual([pl11.Id]);
  const members = await listItems<{ OirWeeklyCapacity: number; OirRoles: string; OirPerson: { EMail: string } }>(
    request,
    "Arbejdsgruppe",
    "$select=OirWeeklyCapacity,OirRoles,OirPerson/EMail&$expand=OirPerson"
  );
  expect(members.filter((m) => m.OirPerson.EMail === JESPER.email)).toEqual([expect.objectContaining({ OirWeeklyCapacity: 10, OirRoles: "KY-projektleder" })]);
  const bookings = await listItems<{ OirHours: number; OirWeek: string; OirPerson: { EMail: string }; OirTask: { Id: number } }>(
    request,
    "Ressourcebookinger",
    "$select=OirHours,OirWeek,OirPerson/EMail,OirTask/Id&$expand=OirPerson,OirTask"
  );
  expect(bookings.filter((b) => b.OirPerson.EMail === JESPER.email)).toEqual([
    expect.objectContaining({ OirHours: 12, OirWeek: "2027-02-21T23:00:00Z", OirTask: { Id: pl12.Id } })
  ]);
  const we01 = await readLocalTask(request, WE01);
  const attendance = await listItems<{ OirPerson: { EMail: string }; OirTask: { Id: number } }>(
    request,
    "Webinardeltagelse",
    "$select=OirPerson/EMail,OirTask/Id&$expand=OirPerson,OirTask"
  );
  expect(attendance.filter((a) => a.OirPerson.EMail === JESPER.email).map((a) => a.OirTask.Id)).toEqual([we01.Id]);

  expect(watch.errors, "console errors").toEqual([]);
  expect(watch.dialogs).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});
