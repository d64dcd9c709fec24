/**
 * The Ressourcebooking web part on the demo page, against a private emulator seeded from the
 * sample plan (globalSetup.ts): add a person to the working group, book hours on PL 12, see the
 * over-allocation when the hours exceed the person's capacity, reload, and find everything in
 * the emulator's lists (read back over its REST API, as SharePoint would answer).
 */
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import * as fs from "fs";
import { expectNoA11yViolations } from "./support/a11y";

const JESPER = { email: "jesper.dahl@eksempelkommune.dk", name: "Jesper Dahl Andersen" };
const SITE = "sites/eksempelkommune";

function urls(): { demo: string; emulator: string } {
  const demo = process.env.OIR_DEMO_URL;
  const emulator = process.env.OIR_EMULATOR_URL;
  if (!demo || !emulator) throw new Error("OIR_DEMO_URL/OIR_EMULATOR_URL are not set: globalSetup did not start the demo");
  return { demo, emulator: emulator.replace(/\/$/, "") };
}

async function listItems<T>(request: APIRequestContext, list: string, query: string): Promise<T[]> {
  const response = await request.get(`${urls().emulator}/${SITE}/_api/web/lists/getByTitle('${encodeURIComponent(list)}')/items?${query}`, {
    headers: { Accept: "application/json;odata=nometadata" }
  });
  expect(response.status(), `GET items of ${list}`).toBe(200);
  const body = (await response.json()) as { value: T[] };
  return body.value;
}

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

test("add a person to the working group, book PL 12, see over-allocation, reload: all persisted in the emulator", async ({ page, request }) => {
  const errors = watchErrors(page);
  await page.goto(urls().demo);
  const booking = page.getByRole("region", { name: /Ressourcebooking/ });
  const grid = booking.getByRole("grid", { name: "Booket tid pr. person og uge" });
  await expect(grid).toBeVisible();

  // 1. Add Jesper to the working group as KY-projektleder with 10 hours a week.
  const form = booking.getByRole("form", { name: "Tilføj til arbejdsgruppen" });
  await form.getByRole("combobox", { name: "Person" }).fill("Jesper");
  await page.getByRole("option", { name: new RegExp(JESPER.name) }).click();
  await form.getByRole("combobox", { name: /Roller/ }).click();
  await page.getByRole("listbox").getByText("KY-projektleder", { exact: true }).click();
  await page.keyboard.press("Escape");
  await form.getByRole("textbox", { name: /Timer pr\. uge/ }).fill("10");
  await form.getByRole("button", { name: "Tilføj til arbejdsgruppen" }).click();
  await expect(booking.getByText(`${JESPER.name} er tilføjet arbejdsgruppen.`)).toBeVisible();
  await expect(booking.getByRole("table", { name: "Lokal arbejdsgruppe" }).getByRole("rowheader", { name: JESPER.name })).toBeVisible();

  // 2. Book 12 hours on PL 12 in uge 8 (PL 12 runs 12.02.–16.04.2027 in Bølge 5).
  await grid.getByRole("button", { name: `Vis opgaver for ${JESPER.name}` }).click();
  const pl12Week8 = grid.getByRole("gridcell", { name: new RegExp(`^${JESPER.name}, PL 12, uge 8 \\(22\\.02\\.2027\\)`) });
  await pl12Week8.click();
  await page.keyboard.type("12");
  await page.keyboard.press("Enter");
  await expect(pl12Week8).toHaveAttribute("aria-label", /: 12 t$/);
  // Escape cancels an edit: nothing of it is saved, also when the input leaves the DOM.
  await pl12Week8.click();
  await page.keyboard.type("9");
  await expect(grid.getByRole("textbox", { name: `Timer for ${JESPER.name} på PL 12 i uge 8` })).toHaveValue("9");
  await page.keyboard.press("Escape");
  await expect(pl12Week8).toHaveAttribute("aria-label", /: 12 t$/);

  // 3. 12 hours against 10 hours' capacity: over-allocated, in words and with the icon.
  const personWeek8 = grid.getByRole("gridcell", { name: new RegExp(`^${JESPER.name}, uge 8 \\(22\\.02\\.2027\\)`) });
  await expect(personWeek8).toHaveAttribute("aria-label", /overbooket med 2 t, kapacitet 10 t/);
  await expect(personWeek8).toContainText("+2 t over");
  await expect(booking.getByText(/Gemmer ændringer/)).toHaveCount(0);

  // 4. Reload: the member and the booking come back from the emulator.
  await page.reload();
  await expect(grid).toBeVisible();
  await expect(booking.getByRole("table", { name: "Lokal arbejdsgruppe" }).getByRole("rowheader", { name: JESPER.name })).toBeVisible();
  await expect(grid.getByRole("gridcell", { name: new RegExp(`^${JESPER.name}, uge 8 \\(22\\.02\\.2027\\): 12 t booket i alt, overbooket med 2 t`) })).toBeVisible();

  // The CSV export for Danish Excel carries the booking: BOM, semicolons, dd-mm-yyyy, decimal comma.
  const [download] = await Promise.all([page.waitForEvent("download"), booking.getByRole("button", { name: "Eksportér til Excel (CSV)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^ressourcebooking-KY-Bølge-5\.csv$/);
  const csvPath = await download.path();
  const csv = fs.readFileSync(csvPath ?? "", "utf8");
  expect(csv.startsWith("\uFEFFNavn;E-mail;Rolle;Opgave;Titel;Uge;Mandag;Timer\r\n")).toBe(true);
  expect(csv).toContain(`${JESPER.name};${JESPER.email};KY-projektleder;PL 12;Planlæg kommunens ØiR implementering;2027-08;22-02-2027;12\r\n`);

  // …and straight from the lists over REST.
  const members = await listItems<{ OirWeeklyCapacity: number; OirPerson: { EMail: string } }>(
    request,
    "Arbejdsgruppe",
    "$select=OirWeeklyCapacity,OirPerson/EMail&$expand=OirPerson"
  );
  expect(members.filter((m) => m.OirPerson.EMail === JESPER.email)).toEqual([expect.objectContaining({ OirWeeklyCapacity: 10 })]);
  const bookings = await listItems<{ OirHours: number; OirWeek: string; OirRole: string; OirPerson: { EMail: string }; OirTask: { Title: string } }>(
    request,
    "Ressourcebookinger",
    "$select=OirHours,OirWeek,OirRole,OirPerson/EMail,OirTask/Title&$expand=OirPerson,OirTask"
  );
  const jespers = bookings.filter((b) => b.OirPerson.EMail === JESPER.email);
  expect(jespers).toHaveLength(1);
  expect(jespers[0].OirHours).toBe(12);
  expect(jespers[0].OirRole).toBe("KY-projektleder");
  // DateOnly as SharePoint returns it: midnight in Copenhagen (CET) as a UTC instant.
  expect(jespers[0].OirWeek).toMatch(/^2027-02-21T23:00:00/);
  expect(errors, "console errors").toEqual([]);
});

test("a working group of 200: only the rows in view are in the page, Tab walks on past them, axe finds nothing", async ({ page, request }) => {
  const people = Array.from({ length: 200 }, (_, i) => {
    const n = String(i + 1).padStart(3, "0");
    return { email: `kollega${n}@eksempelkommune.dk`, displayName: `Kollega ${n}` };
  });
  try {
    const added = await request.post(`${urls().emulator}/_emulator/people`, { data: { site: "municipality", people } });
    expect(added.status()).toBe(200);
    const { ids } = (await added.json()) as { ids: Record<string, number> };
    const seeded = await request.post(`${urls().emulator}/_emulator/items`, {
      data: {
        site: "municipality",
        list: "Arbejdsgruppe",
        items: people.map((p) => ({ Title: p.displayName, OirPersonId: ids[p.email], OirRoles: "KY-projektleder", OirWeeklyCapacity: 10 }))
      }
    });
    expect(seeded.status()).toBe(200);

    await page.goto(urls().demo);
    const booking = page.getByRole("region", { name: /Ressourcebooking/ });
    const table = booking.getByRole("table", { name: "Lokal arbejdsgruppe" });
    await expect(table.getByRole("rowheader").first()).toBeVisible();
    const total = Number(await table.getAttribute("aria-rowcount"));
    expect(total).toBeGreaterThan(200);
    expect(await table.getByRole("row").count()).toBeLessThan(40);

    // Keyboard: from the first field, Tab goes row by row past the rows first rendered.
    await table.getByRole("row").nth(1).getByRole("textbox").focus();
    for (let i = 0; i < 120; i++) await page.keyboard.press("Tab");
    const rowIndex = await page.evaluate(() => Number(document.activeElement?.closest("tr")?.getAttribute("aria-rowindex") ?? 0));
    expect(rowIndex).toBeGreaterThan(35);
    expect(await table.getByRole("row").count()).toBeLessThan(40);

    await expectNoA11yViolations(page, "a working group of 200", "[role=region][aria-label='Lokal arbejdsgruppe']");
  } finally {
    await request.post(`${urls().emulator}/_emulator/reset`);
  }
});
