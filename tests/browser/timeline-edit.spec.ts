/**
 * The timeline on the demo page (npm start's stack: real PnPjs against the emulator): filter by
 * wave and by role, edit PL 12's dates, responsible and status in the task panel, and find the
 * change in the emulator's list over REST and on screen after a reload; the panel's changes stay a
 * draft until Gem (Escape and Annullér ask first and leave the list as it was).
 */
import { printPageLogOnFailure } from "./pageLog";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";


printPageLogOnFailure();

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: globalSetup did not start the demo`);
  return value.replace(/\/$/, "");
}

async function resetEmulator(request: APIRequestContext): Promise<void> {
  const response = await request.post(`${env("OIR_EMULATOR_URL")}/_emulator/reset`);
  expect(response.ok()).toBe(true);
}

interface Pl12Item {
  Id: number;
  OirLocalStart: string | null;
  OirLocalEnd: string | null;
  OirStatus: string;
  OirResponsible?: { Title: string; EMail: string } | null;
}

async function readPl12(request: APIRequestContext): Promise<Pl12Item> {
  const site = `${env("OIR_EMULATOR_URL")}/sites/eksempelkommune`;
  const url =
    `${site}/_api/web/lists/getbytitle('Planer')/items?$filter=OirMasterId eq 519` +
    "&$select=Id,OirLocalStart,OirLocalEnd,OirStatus,OirResponsible/Title,OirResponsible/EMail&$expand=OirResponsible";
  const response = await request.get(url, { headers: { Accept: "application/json;odata=nometadata" } });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { value: Pl12Item[] };
  expect(body.value).toHaveLength(1);
  return body.value[0];
}

function pl12Row(page: Page): ReturnType<Page["getByRole"]> {
  return page.getByRole("grid", { name: /^Tidsplan for/ }).getByRole("row", { name: /PL 12 Planlæg kommunens ØiR implementering/ });
}

test.beforeEach(async ({ request }) => resetEmulator(request));
test.afterEach(async ({ request }) => resetEmulator(request));

test("filters by wave and role, edits PL 12 in the panel, and the change is in the list after a reload", async ({ page, request }) => {
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${env("OIR_DEMO_URL")}/`);
  const timeline = page.getByRole("region", { name: /ØiR-tidsplan/ });
  await expect(pl12Row(page)).toContainText("12.02.2027 – 16.04.2027");

  // Wave: Bølge 4 moves every date with its Go-Live, and the URL carries the choice.
  await timeline.getByRole("combobox", { name: /^Bølge/ }).click();
  await page.getByRole("option", { name: "KY - Bølge 4" }).click();
  await expect(timeline).toContainText("Go-Live 03.05.2027");
  await expect(pl12Row(page)).toContainText("11.09.2026 – 13.11.2026");
  expect(new URL(page.url()).searchParams.get("oirWave")).toBe("KY - Bølge 4");
  await timeline.getByRole("combobox", { name: /^Bølge/ }).click();
  await page.getByRole("option", { name: "KY - Bølge 5" }).click();
  await expect(timeline).toContainText("Go-Live 04.10.2027");

  // Role: only the KOMBIT-programleder's tasks.
  await timeline.getByRole("combobox", { name: /^Rolle/ }).click();
  await page.getByRole("option", { name: "KOMBIT-programleder" }).click();
  await expect(timeline.getByText("9 af 36 opgaver", { exact: true })).toBeVisible();
  await expect(timeline.getByRole("row", { name: /OA 13 / })).toHaveCount(0);

  // Edit PL 12 in the panel: dates, responsible, status.
  await pl12Row(page).getByRole("button", { name: /^PL 12 Planlæg/ }).click();
  const panel = page.getByRole("dialog", { name: /PL 12 Planlæg kommunens ØiR implementering/ });
  // The dialog element itself has no box (Fluent positions its children): check its heading.
  await expect(panel.getByRole("heading", { name: /^PL 12 Planlæg/ })).toBeVisible();
  const start = panel.getByRole("combobox", { name: "Startdato" });
  await start.fill("15.02.2027");
  await start.press("Enter");
  await expect(start).toHaveValue("15.02.2027");
  const end = panel.getByRole("combobox", { name: "Slutdato" });
  await end.fill("23.04.2027");
  await end.press("Enter");
  await expect(end).toHaveValue("23.04.2027");
  await panel.getByRole("list", { name: "Ansvarlig" }).getByRole("button", { name: /^Fjern personen/ }).click();
  await panel.getByRole("combobox", { name: "Ansvarlig" }).fill("Lars");
  await page.getByRole("option", { name: /Lars Mikkelsen/ }).click();
  await panel.getByRole("combobox", { name: /^Udførelsesstatus/ }).click();
  await page.getByRole("option", { name: "Fuldført" }).click();
  await panel.getByRole("button", { name: "Gem" }).click();
  await expect(panel).toHaveCount(0);
  await expect(pl12Row(page)).toContainText("15.02.2027 – 23.04.2027");
  await expect(pl12Row(page)).toContainText("Fuldført");
  await expect(timeline.getByText("Gemmer …")).toHaveCount(0);

  // In SharePoint's list: DateOnly as the UTC instant of Copenhagen midnight, Danish choice, the person.
  const item = await readPl12(request);
  expect(item.OirLocalStart).toBe("2027-02-14T23:00:00Z");
  expect(item.OirLocalEnd).toBe("2027-04-22T22:00:00Z");
  expect(item.OirStatus).toBe("Fuldført");
  expect(item.OirResponsible?.Title).toBe("Lars Mikkelsen");

  // After a reload (filters from the URL), the edit is what the page shows.
  await page.reload();
  await expect(timeline.getByText("9 af 36 opgaver", { exact: true })).toBeVisible();
  await expect(pl12Row(page)).toContainText("15.02.2027 – 23.04.2027");
  await expect(pl12Row(page)).toContainText("Fuldført");
  expect(errors).toEqual([]);
});

test("a save throttled past the retry budget stays pending and visible, and lands on retry", async ({ page, request }) => {
  const emulator = env("OIR_EMULATOR_URL");
  const messages: string[] = [];
  page.on("console", (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => messages.push(`pageerror: ${e.message}`));
  await page.goto(`${env("OIR_DEMO_URL")}/`);
  const timeline = page.getByRole("region", { name: /ØiR-tidsplan/ });
  await expect(pl12Row(page)).toContainText("12.02.2027 – 16.04.2027");

  // SharePoint throttles every write to the list items (429, Retry-After: 0) until told otherwise.
  const fault = await request.post(`${emulator}/_emulator/faults`, {
    data: { kind: "throttle", status: 429, retryAfter: 0, method: "POST", path: "/items(" }
  });
  expect(fault.ok()).toBe(true);

  await pl12Row(page).getByRole("slider", { name: "Slutdato for PL 12" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(pl12Row(page)).toContainText("12.02.2027 – 17.04.2027");
  const pending = timeline.getByText("1 ændring er ikke gemt i SharePoint endnu. Den sendes igen automatisk.");
  await expect(pending).toBeVisible();
  expect((await readPl12(request)).OirLocalEnd).toBeNull();

  // The throttling stops; "Send igen nu" sends the queued write.
  expect((await request.delete(`${emulator}/_emulator/faults`)).ok()).toBe(true);
  await timeline.getByRole("button", { name: "Send igen nu" }).click();
  await expect(pending).toHaveCount(0);
  await expect.poll(async () => (await readPl12(request)).OirLocalEnd).toBe("2027-04-16T22:00:00Z");
  await page.reload();
  await expect(page.getByRole("grid", { name: /^Tidsplan for/ }), messages.join("\n")).toBeVisible();
  await expect(pl12Row(page)).toContainText("12.02.2027 – 17.04.2027");
});

test("drags PL 12's bar a week later and its end a day earlier with the mouse", async ({ page, request }) => {
  await page.goto(`${env("OIR_DEMO_URL")}/`);
  await expect(pl12Row(page)).toContainText("12.02.2027 – 16.04.2027");
  const bar = pl12Row(page).getByRole("button", { name: /^PL 12 Planlæg/ });
  const box = await bar.boundingBox();
  if (!box) throw new Error("PL 12's bar has no box");
  // Week zoom: 10 px per day. Grab the bar away from its handles and move 70 px right.
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 40, y);
  await page.mouse.down();
  await page.mouse.move(box.x + 75, y, { steps: 5 });
  await page.mouse.move(box.x + 110, y, { steps: 5 });
  await page.mouse.up();
  await expect(pl12Row(page)).toContainText("19.02.2027 – 23.04.2027");
  // A drag is not a click: the panel stays closed.
  await expect(page.getByRole("dialog")).toHaveCount(0);

  const end = pl12Row(page).getByRole("slider", { name: "Slutdato for PL 12" });
  // The end is beyond the grid's visible width: scroll it into view first.
  await end.scrollIntoViewIfNeeded();
  const handle = await end.boundingBox();
  if (!handle) throw new Error("PL 12's end handle has no box");
  const hy = handle.y + handle.height / 2;
  await page.mouse.move(handle.x + handle.width / 2, hy);
  await page.mouse.down();
  await page.mouse.move(handle.x + handle.width / 2 - 10, hy, { steps: 4 });
  await page.mouse.up();
  await expect(pl12Row(page)).toContainText("19.02.2027 – 22.04.2027");

  await expect.poll(async () => (await readPl12(request)).OirLocalEnd).toBe("2027-04-21T22:00:00Z");
  expect((await readPl12(request)).OirLocalStart).toBe("2027-02-18T23:00:00Z");
});

test("a pending save that meets someone else's edit on retry is shown as a conflict and can be discarded", async ({ page, request }) => {
  const emulator = env("OIR_EMULATOR_URL");
  await page.goto(`${env("OIR_DEMO_URL")}/`);
  const timeline = page.getByRole("region", { name: /ØiR-tidsplan/ });
  await expect(pl12Row(page)).toContainText("12.02.2027 – 16.04.2027");
  const { Id } = await readPl12(request);

  await request.post(`${emulator}/_emulator/faults`, { data: { kind: "throttle", status: 429, retryAfter: 0, method: "POST", path: "/items(" } });
  await pl12Row(page).getByRole("slider", { name: "Slutdato for PL 12" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(timeline.getByText(/^1 ændring er ikke gemt/)).toBeVisible();

  // Meanwhile a colleague edits PL 12 in the list; then SharePoint stops throttling.
  const edit = await request.post(`${emulator}/_emulator/faults`, {
    data: { kind: "concurrentEdit", list: "Planer", itemId: Id, changes: { OirNote: "Ændret af en kollega" }, when: "now" }
  });
  expect(edit.ok()).toBe(true);
  expect((await request.delete(`${emulator}/_emulator/faults`)).ok()).toBe(true);

  await timeline.getByRole("button", { name: "Send igen nu" }).click();
  const conflict = timeline.getByText("Den ventende ændring af PL 12 kan ikke gemmes, fordi opgaven er ændret af en anden i mellemtiden.");
  await expect(conflict).toBeVisible();
  expect((await readPl12(request)).OirLocalEnd).toBeNull();

  await timeline.getByRole("button", { name: "Kassér ændringen" }).click();
  await expect(conflict).toHaveCount(0);
  await expect(pl12Row(page)).toContainText("12.02.2027 – 16.04.2027");
});

test("the KOMBIT-programleder (a reader on the municipality's site) gets a read-only timeline", async ({ page, context }) => {
  const demo = new URL(env("OIR_DEMO_URL"));
  await context.addCookies([{ name: "emulatorUser", value: "henrik.vestergaard@kombit.example", domain: demo.hostname, path: "/" }]);
  await page.goto(`${env("OIR_DEMO_URL")}/`);
  const timeline = page.getByRole("region", { name: /ØiR-tidsplan/ });
  await expect(timeline.getByText(/Du kan se planen, men ikke ændre den/)).toBeVisible();
  await expect(pl12Row(page)).toContainText("12.02.2027 – 16.04.2027");
  await expect(pl12Row(page).getByRole("slider")).toHaveCount(0);
  await pl12Row(page).getByRole("button", { name: /^PL 12 Planlæg/ }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(pl12Row(page)).toContainText("12.02.2027 – 16.04.2027");
  await pl12Row(page).getByRole("button", { name: /^PL 12 Planlæg/ }).click();
  const panel = page.getByRole("dialog", { name: /PL 12 Planlæg/ });
  await expect(panel.getByRole("heading", { name: /^PL 12 Planlæg/ })).toBeVisible();
  await expect(panel.getByRole("button", { name: "Gem" })).toHaveCount(0);
});

test("the task panel keeps every change as a draft: Escape asks first, Annullér discards, nothing reaches the list", async ({ page, request }) => {
  const site = `${env("OIR_EMULATOR_URL")}/sites/eksempelkommune`;
  const readRow = async (): Promise<unknown> => {
    const url = `${site}/_api/web/lists/getbytitle('Planer')/items?$filter=OirMasterId eq 519&$select=*`;
    const response = await request.get(url, { headers: { Accept: "application/json;odata=nometadata" } });
    expect(response.ok()).toBe(true);
    return ((await response.json()) as { value: unknown[] }).value[0];
  };
  const before = await readRow();
  await page.goto(`${env("OIR_DEMO_URL")}/`);
  await pl12Row(page).getByRole("button", { name: /^PL 12 Planlæg/ }).click();
  const panel = page.getByRole("dialog", { name: /PL 12 Planlæg kommunens ØiR implementering/ });
  await expect(panel.getByRole("heading", { name: /^PL 12 Planlæg/ })).toBeVisible();

  // A predecessor is part of the draft, as the note is.
  await panel.getByRole("combobox", { name: "Tilføj forgænger" }).click();
  await page.getByRole("option", { name: /^PL 11 / }).click();
  await expect(panel.getByRole("button", { name: "Fjern PL 11 som forgænger" })).toBeVisible();
  const note = panel.getByRole("textbox", { name: "Note" });
  await note.fill("Husk styregruppen");
  await expect(panel.getByText("Ændringerne er ikke gemt endnu.")).toBeVisible();

  // Escape asks; the focus is on keeping the draft, so Enter goes back to the panel with the note.
  await page.keyboard.press("Escape");
  const confirm = page.getByRole("alertdialog", { name: "Luk uden at gemme?" });
  await expect(confirm.getByRole("button", { name: "Fortsæt med at redigere" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(confirm).toHaveCount(0);
  await expect(note).toHaveValue("Husk styregruppen");
  // Escape in the question keeps editing too.
  await page.keyboard.press("Escape");
  // (The dialog element itself has no box: Fluent positions its children.)
  await expect(confirm.getByRole("button", { name: "Fortsæt med at redigere" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(confirm).toHaveCount(0);
  await expect(panel.getByRole("heading", { name: /^PL 12 Planlæg/ })).toBeVisible();

  // Annullér asks as well; with the keyboard: Tab to "Luk uden at gemme", Enter.
  await panel.getByRole("button", { name: "Annullér" }).click();
  await expect(confirm.getByRole("button", { name: "Fortsæt med at redigere" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(confirm.getByRole("button", { name: "Luk uden at gemme" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(panel).toHaveCount(0);
  expect(await readRow()).toEqual(before);

  // Opened again, the panel shows what is stored, and Escape closes it at once.
  await pl12Row(page).getByRole("button", { name: /^PL 12 Planlæg/ }).click();
  await expect(panel.getByRole("heading", { name: /^PL 12 Planlæg/ })).toBeVisible();
  await expect(panel.getByRole("button", { name: "Fjern PL 11 som forgænger" })).toHaveCount(0);
  await expect(panel.getByRole("textbox", { name: "Note" })).not.toHaveValue("Husk styregruppen");
  await page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  await expect(confirm).toHaveCount(0);
});
