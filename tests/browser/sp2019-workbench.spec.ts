/**
 * The SharePoint Server 2019/SE package in the real SPFx 1.4.1 runtime: 1.4.1's local workbench
 * with the package's own bundles, chunks and icon fonts (tools/workbench2019, which builds the
 * package with `npm run package:server` when it is missing or older than src/, and fails with the
 * install command when sp2019/node_modules is missing) and the emulator in its sp2019 flavour on
 * the same https origin. The page is offline: every request that leaves the origin is aborted.
 * Both web parts are added from 1.4.1's toolbox; the command set and the field customizer are
 * loaded through 1.4.1's loader and run in 1.4.1 list view contexts (support/spfx141ListView.ts).
 *
 * What only a farm can prove (docs/sharepoint-server.md): a modern list view page drawing the
 * command bar and calling the field customizer for each cell of the registered column.
 */
import { expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "./support/a11y";
import { commandStates, executeCommand, hostListViewExtensions, renderStatusCell, selectRows } from "./support/spfx141ListView";
import {
  addFromToolbox,
  expectIconFromPackage,
  expectOnlyRuntimeRequestsLeftOrigin,
  municipalityListId,
  readItem,
  watchWorkbench
} from "./support/workbench2019Page";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startWorkbench2019 } = require("../../tools/workbench2019") as typeof import("../../tools/workbench2019");

type Workbench = Awaited<ReturnType<typeof startWorkbench2019>>;

const WAVE = "KY - Bølge 5";

interface PlanItem {
  Id: number;
  Title: string;
  OirStatus: string;
}

let wb: Workbench;

test.use({ ignoreHTTPSErrors: true });

test.beforeAll(async () => {
  // A stale or missing build is made first (npm run package:server, ≈ 30 s on a busy machine).
  test.setTimeout(6 * 60_000);
  wb = await startWorkbench2019({ port: 0, webPartProperties: ({ kombit }) => ({ kombitSiteUrl: kombit, defaultWave: WAVE }) });
});

test.beforeEach(() => {
  wb.emulator.resetData();
  wb.emulator.faults.clear();
  wb.emulator.requestLog.clear();
});

test.afterAll(async () => {
  await wb?.close();
});

const readPlanItem = (code: string): Promise<PlanItem & { "odata.etag": string }> =>
  readItem<PlanItem>(wb.emulator.url, "Planer", `OirCode eq '${code}'`, "Id,Title,OirStatus");

/** Item writes in the request log: MERGE requests (X-HTTP-Method) on one item, with their If-Match. */
function mergesOf(itemId: number): { status: number; ifMatch: unknown }[] {
  return wb.emulator.requestLog.entries
    .filter((e) => e.method === "POST" && e.headers["x-http-method"] === "MERGE" && e.path.endsWith(`/items(${itemId})`))
    .map((e) => ({ status: e.status, ifMatch: e.headers["if-match"] }));
}

/** Parts of the $batch requests in the request log, as the emulator ran them. */
function batchParts(): { method: string; path: string; status: number; ifMatch?: string }[] {
  return wb.emulator.requestLog.entries.filter((e) => e.path.endsWith("/_api/$batch")).flatMap((e) => e.batchParts ?? []);
}

test("ØiR-tidsplan in SPFx 1.4.1: the plan loads, a status is saved with its ETag, a stale ETag opens the conflict dialog; icons from the package, offline, axe", async ({ page }) => {
  const seen = await watchWorkbench(page, wb);
  await addFromToolbox(page, wb, "ØiR-tidsplan");
  const timeline = page.getByRole("region", { name: /ØiR-tidsplan/ });
  const grid = page.getByRole("grid", { name: /^Tidsplan for/ });
  const pl12 = grid.getByRole("row", { name: /PL 12 Planlæg kommunens ØiR implementering/ });
  await expect(pl12).toContainText("12.02.2027 – 16.04.2027");
  await expectIconFromPackage(timeline, wb.assetsUrl);

  // The status in the task panel: the MERGE carries the ETag the plan was read with.
  const before = await readPlanItem("PL 12");
  await pl12.getByRole("button", { name: /^PL 12 Planlæg/ }).click();
  const panel = page.getByRole("dialog", { name: /PL 12 Planlæg kommunens ØiR implementering/ });
  await panel.getByRole("combobox", { name: /^Udførelsesstatus/ }).click();
  await page.getByRole("option", { name: "Fuldført" }).click();
  await panel.getByRole("button", { name: "Gem" }).click();
  await expect(panel).toHaveCount(0);
  await expect(pl12).toContainText("Fuldført");
  await expect.poll(() => readPlanItem("PL 12").then((i) => i.OirStatus)).toBe("Fuldført");
  expect(mergesOf(before.Id)).toEqual([{ status: 204, ifMatch: before["odata.etag"] }]);

  // A colleague edits PL 12 in the list before our next write: SharePoint answers 412 and the
  // user is asked, nothing is overwritten.
  wb.emulator.faults.concurrentEdit({ list: "Planer", itemId: before.Id, changes: { OirNote: "Rettet i listen" } });
  await pl12.getByRole("button", { name: /^PL 12 Planlæg/ }).click();
  await panel.getByRole("combobox", { name: /^Udførelsesstatus/ }).click();
  await page.getByRole("option", { name: "Påbegyndt", exact: true }).click();
  await panel.getByRole("button", { name: "Gem" }).click();
  const conflict = page.getByRole("alertdialog", { name: "Opgaven er ændret af en anden" });
  // Fluent's modal element has no box of its own: check what it shows.
  await expect(conflict.getByRole("button", { name: "Behold mine" })).toBeVisible();
  await expect(conflict).toContainText("PL 12 blev ændret i SharePoint, efter du hentede den.");
  expect(mergesOf(before.Id).map((m) => m.status)).toEqual([204, 412]);
  await expectNoA11yViolations(page, "the conflict dialog in the SPFx 1.4.1 workbench", "[role=alertdialog]");
  await conflict.getByRole("button", { name: "Brug deres" }).click();
  await expect(conflict).toHaveCount(0);
  const after = await readPlanItem("PL 12");
  expect(after.OirStatus).toBe("Fuldført");

  expect(seen.pageErrors).toEqual([]);
  await expectOnlyRuntimeRequestsLeftOrigin(seen, wb.packageFiles);
  // 1.4.1's own chrome (command bar, toolbox; Office UI Fabric 5) is not ours: axe checks our web part.
  await expectNoA11yViolations(page, "ØiR-tidsplan in the SPFx 1.4.1 workbench", ".ControlZone");
});

test("Ressourcebooking in SPFx 1.4.1: the grid loads, the editors' add form arrives as an on-demand chunk, a booking cell is saved through $batch; icons from the package, offline, axe", async ({ page }) => {
  const seen = await watchWorkbench(page, wb);
  const chunks: string[] = [];
  page.on("response", (response) => {
    if (response.ok() && /\/\d+\.\d+_[0-9a-f]+\.js$/.test(response.url())) chunks.push(response.url());
  });
  await addFromToolbox(page, wb, "Ressourcebooking");
  const booking = page.getByRole("region", { name: /Ressourcebooking/ });
  // The people picker lives in a webpack 3 chunk that 1.4.1's public-path plugin loads from beside the bundle.
  const addForm = booking.getByRole("form", { name: "Tilføj til arbejdsgruppen" });
  await expect(addForm.getByRole("combobox", { name: "Person" })).toBeVisible();
  expect(chunks.length).toBeGreaterThan(0);
  const grid = booking.getByRole("grid", { name: "Booket tid pr. person og uge" });
  const showTasks = grid.getByRole("button", { name: /^Vis opgaver for / }).first();
  await expect(showTasks).toBeVisible();
  await expectIconFromPackage(booking, wb.assetsUrl);
  const person = ((await showTasks.getAttribute("aria-label")) ?? (await showTasks.innerText())).replace(/^Vis opgaver for /, "");
  await showTasks.click();
  const cell = grid.getByRole("gridcell", { name: new RegExp(`^${person}, PL 12, uge 8 \\(22\\.02\\.2027\\)`) });
  await cell.click();
  await page.keyboard.type("7");
  await page.keyboard.press("Enter");
  await expect(cell).toHaveAttribute("aria-label", /: 7 t$/);
  await expect(booking.getByText(/Gemmer ændringer/)).toHaveCount(0);
  await expect
    .poll(() => batchParts().filter((p) => /\/lists\/getbytitle\('Ressourcebookinger'\)\/items/i.test(p.path) && p.status >= 200 && p.status < 300).length)
    .toBeGreaterThan(0);
  const saved = await readItem<{ OirHours: number }>(
    wb.emulator.url,
    "Ressourcebookinger",
    `OirPerson/Title eq '${person}' and OirHours eq 7`,
    "OirHours,OirPerson/Title&$expand=OirPerson"
  );
  expect(saved.OirHours).toBe(7);

  expect(seen.pageErrors).toEqual([]);
  await expectOnlyRuntimeRequestsLeftOrigin(seen, wb.packageFiles);
  await expectNoA11yViolations(page, "Ressourcebooking in the SPFx 1.4.1 workbench", ".ControlZone");
});

test("PlanerCommandSet and StatusFieldCustomizer through SPFx 1.4.1's loader: commands follow the selection, Markér som fuldført saves with the ETag, the status cell renders with its icon from the package", async ({ page }) => {
  const seen = await watchWorkbench(page, wb);
  await page.goto(wb.workbenchUrl);
  await expect(page.getByRole("button", { name: "Add a new web part in column one" })).toBeAttached();
  const list = { title: "Planer", id: await municipalityListId(wb.emulator.url, "Planer"), url: `${new URL(wb.sites.municipality).pathname}/Lists/Planer` };
  const hosted = await hostListViewExtensions(page, wb.spPageContextInfo(), list);
  expect(hosted).toEqual({ commandSetExtendsBase: true, fieldCustomizerExtendsBase: true });

  // Nothing selected: only Opdatér fra KOMBIT (the user may edit the list), once the list's
  // columns (read with 1.4.1's SPHttpClient) say it is a local plan.
  const hidden = (title: string): { title: string; visible: boolean } => ({ title, visible: false });
  await expect.poll(() => commandStates(page)).toEqual({
    MARK_STARTED: hidden("Markér som påbegyndt"),
    MARK_COMPLETED: hidden("Markér som fuldført"),
    OPEN_IN_TIMELINE: hidden("Åbn i ØiR-tidsplan"),
    UPDATE_FROM_KOMBIT: { title: "Opdatér fra KOMBIT", visible: true }
  });
  const pl12 = await readPlanItem("PL 12");
  // owshiddenversion as the list view has it: the version in the item's ETag ("3" → 3).
  const row = { ID: String(pl12.Id), Title: pl12.Title, owshiddenversion: pl12["odata.etag"].replace(/"/g, "") };
  await selectRows(page, [row]);
  expect(Object.values(await commandStates(page)).every((c) => c.visible)).toBe(true);

  await executeCommand(page, "MARK_COMPLETED", [row]);
  const result = page.getByRole("alertdialog", { name: /^Status er gemt på opgaven\./ });
  await expect(result).toContainText("Siden genindlæses, så listen viser den nye status.");
  expect(batchParts().filter((p) => p.path.endsWith(`/items(${pl12.Id})`))).toEqual([
    expect.objectContaining({ status: 204, ifMatch: pl12["odata.etag"] })
  ]);
  expect((await readPlanItem("PL 12")).OirStatus).toBe("Fuldført");
  await expectNoA11yViolations(page, "the command set's result dialog (sp-dialog 1.4.1)", "[role=alertdialog]");
  // OK reloads the page so the list shows the new status.
  await Promise.all([page.waitForEvent("load"), result.getByRole("button", { name: "OK" }).click()]);

  // The field customizer on the reloaded page: icon and word, the accessible name on the whole.
  await expect(page.getByRole("button", { name: "Add a new web part in column one" })).toBeAttached();
  await hostListViewExtensions(page, wb.spPageContextInfo(), list);
  await renderStatusCell(page, "Fuldført", "Udførelsesstatus-celle");
  const cell = page.getByRole("region", { name: "Udførelsesstatus-celle" });
  await expect(cell.getByRole("img", { name: "Udførelsesstatus: Fuldført" })).toContainText("Fuldført");
  // The glyph is drawn from the package's own MDL2 subset (not the page's Fabric CSS, whose font
  // 1.4.1 and a 2019 farm load from Microsoft's CDN): an offline farm shows it too.
  await expect(cell.locator('i[data-icon-name="CompletedSolid"]')).toHaveAttribute("aria-hidden", "true");
  await expectIconFromPackage(cell, wb.assetsUrl);
  await expectNoA11yViolations(page, "the status cell", "#oir-status-cell-region");

  expect(seen.pageErrors).toEqual([]);
  await expectOnlyRuntimeRequestsLeftOrigin(seen, wb.packageFiles);
});

test("PlanerCommandSet on a list called Planer without the local plan's columns (as KOMBIT's master list): no command shows, and the status code is never loaded", async ({ page }) => {
  const seen = await watchWorkbench(page, wb);
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  await page.goto(wb.workbenchUrl);
  await expect(page.getByRole("button", { name: "Add a new web part in column one" })).toBeAttached();
  const before = scripts.length;
  // The Arbejdsgruppe list under the title Planer: the title says plan, the columns do not.
  const list = { title: "Planer", id: await municipalityListId(wb.emulator.url, "Arbejdsgruppe"), url: `${new URL(wb.sites.municipality).pathname}/Lists/Planer` };
  const probe = page.waitForResponse((r) => r.url().includes("/fields?") && r.url().includes("InternalName"));
  await hostListViewExtensions(page, wb.spPageContextInfo(), list);
  expect((await probe).status()).toBe(200);
  const row = { ID: "1", Title: "Sofie Hansen", owshiddenversion: "1" };
  await selectRows(page, [row]);
  const states = await commandStates(page);
  expect(Object.values(states).map((c) => c.visible)).toEqual([false, false, false, false]);
  // Only the command set's small bundle (and the field customizer's) came; no on-demand chunk.
  expect(scripts.slice(before).filter((url) => /\/\d+\.\d+_[0-9a-f]+\.js$/.test(url))).toEqual([]);
  expect(seen.pageErrors).toEqual([]);
});
