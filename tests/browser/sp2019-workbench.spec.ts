/**
 * The SharePoint Server 2019/SE package in the real SPFx 1.4.1 runtime: 1.4.1's local workbench
 * with the package's own bundles, chunks and icon fonts (tools/workbench2019, which builds the
 * package with `npm run package:server` when it is missing or older than src/) and the emulator
 * in its sp2019 flavour on the same https origin. Both web parts are added from the toolbox.
 *
 * What only a farm can prove (docs/sharepoint-server.md): the command set and the field customizer
 * need a modern list view page, which 1.4.1's workbench does not host; the package check
 * (tests/package/sppkg-sp2019.test.ts) proves their manifests, references and AMD dependencies.
 */
import { expect, test, type Page, type Request } from "@playwright/test";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startWorkbench2019 } = require("../../tools/workbench2019") as typeof import("../../tools/workbench2019");
import { expectNoA11yViolations } from "./support/a11y";

type Workbench = Awaited<ReturnType<typeof startWorkbench2019>>;

const WAVE = "KY - Bølge 5";
const FLUENT_CDN = /res(-1)?\.cdn\.office\.net/;

let wb: Workbench;

test.use({ ignoreHTTPSErrors: true });

test.beforeAll(async () => {
  test.setTimeout(6 * 60_000);
  wb = await startWorkbench2019({ port: 0, webPartProperties: ({ kombit }) => ({ kombitSiteUrl: kombit, defaultWave: WAVE }) });
});

test.afterAll(async () => {
  await wb?.close();
});

/** Watches what a page does that must not happen: page errors, and requests to Fluent's CDN. */
function watch(page: Page): { pageErrors: string[]; cdnRequests: string[]; fontLoads: Promise<Request> } {
  const pageErrors: string[] = [];
  const cdnRequests: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("request", (request) => {
    if (FLUENT_CDN.test(request.url())) cdnRequests.push(request.url());
  });
  const fontLoads = page.waitForRequest((r) => r.url().startsWith(wb.assetsUrl) && /fabric-icons-[^/]*\.woff$/.test(r.url()));
  return { pageErrors, cdnRequests, fontLoads };
}

async function addFromToolbox(page: Page, title: string): Promise<void> {
  await page.goto(wb.workbenchUrl);
  const hint = page.getByRole("button", { name: "Add a new web part in column one" });
  await page.mouse.move(700, 150);
  await hint.click();
  // The toolbox entry's text is the description followed by the title.
  await page.locator("button", { hasText: title }).last().click();
}

async function pl12ItemId(): Promise<number> {
  const url = `${wb.emulator.url}/sites/eksempelkommune/_api/web/lists/getByTitle('Planer')/items?$filter=OirCode eq 'PL 12'&$select=Id`;
  const response = await fetch(url, { headers: { Accept: "application/json;odata=nometadata" } });
  const body = (await response.json()) as { value: { Id: number }[] };
  expect(body.value).toHaveLength(1);
  return body.value[0].Id;
}

test("ØiR-tidsplan in SPFx 1.4.1: the plan loads, a status is saved with its ETag, a stale ETag opens the conflict dialog; icons from the package, no CDN, axe", async ({ page }) => {
  const seen = watch(page);
  await addFromToolbox(page, "ØiR-tidsplan");
  const grid = page.getByRole("grid", { name: /^Tidsplan for/ });
  const pl12 = grid.getByRole("row", { name: /PL 12 Planlæg kommunens ØiR implementering/ });
  await expect(pl12).toBeVisible();

  // Icons: Fluent's MDL2 fonts come from the package's ClientSideAssets, and the glyph has a width.
  const font = await seen.fontLoads;
  expect((await font.response())?.status()).toBe(200);
  const glyphWidth = await page.locator("[data-icon-name]").first().evaluate((el) => el.getBoundingClientRect().width);
  expect(glyphWidth).toBeGreaterThan(0);

  // Edit the status in the task panel: the MERGE carries the ETag read with the row.
  wb.emulator.requestLog.entries.length = 0;
  await pl12.getByRole("button", { name: /^PL 12 Planlæg/ }).click();
  const panel = page.getByRole("dialog", { name: /PL 12 Planlæg kommunens ØiR implementering/ });
  await panel.getByRole("combobox", { name: /^Udførelsesstatus/ }).click();
  await page.getByRole("option", { name: "Fuldført" }).click();
  await panel.getByRole("button", { name: "Gem" }).click();
  await expect(panel).toHaveCount(0);
  await expect(pl12).toContainText("Fuldført");
  const itemId = await pl12ItemId();
  await expect.poll(() => wb.emulator.requestLog.entries.filter((e) => e.status === 204 && (e.headers["x-http-method"] === "MERGE" || e.method === "MERGE")).length).toBeGreaterThan(0);
  const merges = wb.emulator.requestLog.entries.filter((e) => e.headers["x-http-method"] === "MERGE" || e.method === "MERGE");
  for (const merge of merges) expect(merge.headers["if-match"]).toMatch(/^"?\d+"?$|^"?[0-9a-f-]+,\d+"?$/i);

  // Someone edits PL 12 in the list before our next write: the user sees a conflict, not an overwrite.
  wb.emulator.faults.concurrentEdit({ list: "Planer", itemId, changes: { OirNote: "Rettet i listen" } });
  await pl12.getByRole("button", { name: /^PL 12 Planlæg/ }).click();
  await panel.getByRole("combobox", { name: /^Udførelsesstatus/ }).click();
  await page.getByRole("option", { name: "Påbegyndt", exact: true }).click();
  await panel.getByRole("button", { name: "Gem" }).click();
  const conflict = page.getByRole("alertdialog", { name: "Opgaven er ændret af en anden" });
  // Fluent's modal element has no box of its own: check what it shows.
  await expect(conflict.getByRole("button", { name: "Behold mine" })).toBeVisible();
  await expect(conflict).toContainText("PL 12 blev ændret i SharePoint, efter du hentede den.");
  await conflict.getByRole("button", { name: "Brug deres" }).click();
  await expect(conflict).toHaveCount(0);

  expect(seen.cdnRequests).toEqual([]);
  expect(seen.pageErrors).toEqual([]);
  // The workbench's own chrome (1.4.1's command bar, Office UI Fabric 5) is not ours: axe checks the web part.
  await expectNoA11yViolations(page, "ØiR-tidsplan in the SPFx 1.4.1 workbench", ".ControlZone");
});

test("Ressourcebooking in SPFx 1.4.1: the grid loads and a booking cell is saved through $batch", async ({ page }) => {
  const seen = watch(page);
  await addFromToolbox(page, "Ressourcebooking");
  const grid = page.getByRole("grid").first();
  const showTasks = grid.getByRole("button", { name: /^Vis opgaver for / }).first();
  await expect(showTasks).toBeVisible();
  const person = ((await showTasks.getAttribute("aria-label")) ?? (await showTasks.innerText())).replace(/^Vis opgaver for /, "");
  await showTasks.click();
  const cell = grid.getByRole("gridcell", { name: new RegExp(`^${person}, PL 12, uge 8 \\(22\\.02\\.2027\\)`) });
  wb.emulator.requestLog.entries.length = 0;
  await cell.click();
  await page.keyboard.type("7");
  await page.keyboard.press("Enter");
  await expect(cell).toHaveAttribute("aria-label", /: 7 t$/);
  await expect.poll(() => wb.emulator.requestLog.entries.filter((e) => e.method === "POST" && e.path.endsWith("/_api/$batch") && e.status === 200).length).toBeGreaterThan(0);
  expect(seen.cdnRequests).toEqual([]);
  expect(seen.pageErrors).toEqual([]);
  await expectNoA11yViolations(page, "Ressourcebooking in the SPFx 1.4.1 workbench", ".ControlZone");
});
