/**
 * SharePoint misbehaving while the KY-projektleder plans: a 429 storm on every item write while
 * a colleague edits a task in the list. The timeline shows the saves waiting, sends them when
 * the storm is over, shows the conflict dialog for the colleague's task, and afterwards nothing
 * is lost: our dates and the colleague's note are all in the list (read over REST) and on screen.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { addFault, clearFaults, demoUrl, readLocalTask, resetEmulator, watchPage } from "./support/journeyEmulator";

const TASKS = { PL12: 519, OA12: 512, OA13: 513 };

function rowOf(page: Page, code: string): Locator {
  return page.getByRole("grid", { name: /^Tidsplan for/ }).getByRole("row", { name: new RegExp(`^(Vælg )?${code} `) });
}

/** The row's "dd.mm.yyyy – dd.mm.yyyy" as ISO dates. */
async function shownRange(row: Locator): Promise<{ start: string; end: string }> {
  const match = /(\d\d)\.(\d\d)\.(\d{4}) – (\d\d)\.(\d\d)\.(\d{4})/.exec((await row.textContent()) ?? "");
  if (!match) throw new Error("no date range in the row");
  return { start: `${match[3]}-${match[2]}-${match[1]}`, end: `${match[6]}-${match[5]}-${match[4]}` };
}

function danish(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** SharePoint's DateOnly as the emulator returns it: Copenhagen midnight in UTC. */
function copenhagenMidnight(iso: string): string {
  const offset = new Date(`${iso}T12:00:00Z`).toLocaleString("en-US", { timeZone: "Europe/Copenhagen", timeZoneName: "shortOffset" }).endsWith("GMT+2") ? 2 : 1;
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCHours(-offset);
  return d.toISOString().replace(".000Z", "Z");
}

async function extendByOneDay(page: Page, code: string): Promise<string> {
  const { start, end } = await shownRange(rowOf(page, code));
  await rowOf(page, code).getByRole("slider", { name: `Slutdato for ${code}` }).focus();
  await page.keyboard.press("ArrowRight");
  const newEnd = nextDay(end);
  await expect(rowOf(page, code)).toContainText(`${danish(start)} – ${danish(newEnd)}`);
  return newEnd;
}

test.beforeEach(async ({ request }) => resetEmulator(request));
test.afterEach(async ({ request }) => {
  await clearFaults(request);
  await resetEmulator(request);
});

test("a 429 storm and a colleague's edit: saves wait visibly, the conflict is asked, nothing is lost", async ({ page, request }) => {
  const watch = await watchPage(page);
  await page.goto(demoUrl());
  const timeline = page.getByRole("region", { name: /ØiR-tidsplan/ });
  await expect(rowOf(page, "PL 12")).toContainText("12.02.2027 – 16.04.2027");
  const oa13 = await readLocalTask(request, TASKS.OA13);

  // The storm: every item write is throttled.
  await addFault(request, { kind: "throttle", status: 429, retryAfter: 0, method: "POST", path: "/items(" });
  const pl12End = await extendByOneDay(page, "PL 12");
  const oa12End = await extendByOneDay(page, "OA 12");
  const pending = timeline.getByText("2 ændringer er ikke gemt i SharePoint endnu. De sendes igen automatisk.");
  await expect(pending).toBeVisible();
  expect((await readLocalTask(request, TASKS.PL12)).OirLocalEnd).toBeNull();

  // The storm ends; the waiting saves go out.
  await clearFaults(request);
  await timeline.getByRole("button", { name: "Send igen nu" }).click();
  await expect(pending).toHaveCount(0);
  await expect(timeline.getByText(/ikke gemt i SharePoint/)).toHaveCount(0);

  // A colleague writes a note on OA 13 in the list just before our next save of it (after the
  // page read the plan again), so our edit meets the newer version: the conflict dialog asks.
  await addFault(request, { kind: "concurrentEdit", list: "Planer", itemId: oa13.Id, changes: { OirNote: "Kollega: afventer økonomichefen" } });
  const oa13End = await extendByOneDay(page, "OA 13");
  const dialog = page.getByRole("alertdialog", { name: "Opgaven er ændret af en anden" });
  // Fluent's modal element has no box of its own: check what it shows.
  await expect(dialog.getByRole("button", { name: "Behold mine" })).toBeVisible();
  await expect(dialog).toContainText("OA 13 blev ændret i SharePoint, efter du hentede den.");
  await expect(dialog.getByRole("row", { name: /^Slutdato/ })).toContainText(danish(oa13End));
  await dialog.getByRole("button", { name: "Behold mine" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(timeline.getByText("Gemmer …")).toHaveCount(0);

  // Nothing lost: our three dates and the colleague's note, in the list…
  await expect.poll(async () => (await readLocalTask(request, TASKS.OA13)).OirLocalEnd).toBe(copenhagenMidnight(oa13End));
  const after = {
    pl12: await readLocalTask(request, TASKS.PL12),
    oa12: await readLocalTask(request, TASKS.OA12),
    oa13: await readLocalTask(request, TASKS.OA13)
  };
  expect(after.pl12.OirLocalEnd).toBe(copenhagenMidnight(pl12End));
  expect(after.oa12.OirLocalEnd).toBe(copenhagenMidnight(oa12End));
  expect(after.oa13.OirNote).toBe("Kollega: afventer økonomichefen");
  expect(after.pl12.OirStatus).toBe("Påbegyndt");
  expect(after.pl12.OirResponsible?.Title).toBe("Anne Kirstine Holm");

  // …and on screen after a reload, with no save left waiting.
  await page.reload();
  await expect(rowOf(page, "PL 12")).toContainText(`– ${danish(pl12End)}`);
  await expect(rowOf(page, "OA 12")).toContainText(`– ${danish(oa12End)}`);
  await expect(rowOf(page, "OA 13")).toContainText(`– ${danish(oa13End)}`);
  await expect(timeline.getByText(/ikke gemt i SharePoint/)).toHaveCount(0);
  // The persisted queue (one JSON array per site) holds nothing any more.
  const queued = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith("oir-planner:pending:"))
      .map((k) => JSON.parse(localStorage.getItem(k) ?? "[]") as unknown[])
  );
  expect(queued.flat()).toEqual([]);
  expect(watch.dialogs).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});
