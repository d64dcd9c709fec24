/**
 * Issue 16, defect 7 and the page load, in Chromium on the demo page (both web parts, one plan
 * session): a change SharePoint did not answer survives a reload as the row's value, marked
 * pending, and is sent again by itself once SharePoint answers; and a page load reads each of the
 * municipality's lists once although two web parts show them.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { addFault, clearFaults, demoUrl, readLocalTask, resetEmulator, watchPage } from "./support/journeyEmulator";

const PL12 = 519;
const PENDING_ON_ROW = "Ikke gemt i SharePoint endnu – sendes igen automatisk";

function pl12Row(page: Page): Locator {
  return page.getByRole("grid", { name: /^Tidsplan for/ }).getByRole("row", { name: /^(Vælg )?PL 12 / });
}

test.beforeEach(async ({ request }) => resetEmulator(request));
test.afterEach(async ({ page, request }) => {
  await clearFaults(request);
  await resetEmulator(request);
  // The pending queue lives in the page's localStorage: the next test starts without it.
  await page.evaluate(() => window.localStorage.clear()).catch(() => undefined);
});

test("a change SharePoint did not answer shows after a reload as the row's value, marked pending, and is sent by itself", async ({ page, request }) => {
  test.setTimeout(120_000);
  const watch = await watchPage(page);
  await page.goto(demoUrl());
  const timeline = page.getByRole("region", { name: /ØiR-tidsplan/ });
  await expect(pl12Row(page)).toContainText("12.02.2027 – 16.04.2027");

  // SharePoint throttles every write to the list items past the retry budget.
  await addFault(request, { kind: "throttle", status: 429, retryAfter: 0, method: "POST", path: "/items(" });
  await pl12Row(page).getByRole("slider", { name: "Slutdato for PL 12" }).focus();
  await page.keyboard.press("ArrowRight");
  const bar = timeline.getByText("1 ændring er ikke gemt i SharePoint endnu. Den sendes igen automatisk.");
  await expect(bar).toBeVisible();

  // The page is loaded again while SharePoint still throttles: the row shows my value, marked.
  await page.reload();
  await expect(pl12Row(page)).toContainText("12.02.2027 – 17.04.2027");
  await expect(pl12Row(page).getByRole("img", { name: PENDING_ON_ROW })).toBeVisible();
  await expect(bar).toBeVisible();
  await expect(timeline.getByRole("button", { name: "Send igen nu" })).toBeVisible();
  expect((await readLocalTask(request, PL12)).OirLocalEnd).toBeNull();

  // SharePoint answers again: the change is sent without a click (every half minute).
  await clearFaults(request);
  await expect.poll(async () => (await readLocalTask(request, PL12)).OirLocalEnd, { timeout: 45_000 }).toBe("2027-04-16T22:00:00Z");
  await expect(bar).toHaveCount(0);
  await expect(pl12Row(page).getByRole("img", { name: PENDING_ON_ROW })).toHaveCount(0);
  await expect(pl12Row(page)).toContainText("12.02.2027 – 17.04.2027");

  // The row took the new ETag: the next edit saves, no conflict.
  await pl12Row(page).getByRole("slider", { name: "Slutdato for PL 12" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(async () => (await readLocalTask(request, PL12)).OirLocalEnd).toBe("2027-04-17T22:00:00Z");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  // The browser logs each throttled request itself; anything else is an error of ours.
  expect(watch.errors.filter((e) => !e.includes("status of 429"))).toEqual([]);
});

test("a page load reads each of the municipality's lists once for both web parts", async ({ page }) => {
  const reads: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (r.method() === "GET" && url.pathname.includes("/_api/")) reads.push(decodeURIComponent(url.pathname));
  });
  await page.goto(demoUrl());
  await expect(pl12Row(page)).toContainText("12.02.2027 – 16.04.2027");
  await expect(page.getByRole("region", { name: /Ressourcebooking/ }).getByRole("grid", { name: "Booket tid pr. person og uge" })).toBeVisible();
  await page.waitForLoadState("networkidle");

  const itemReads = new Map<string, number>();
  for (const path of reads) {
    const match = /\/sites\/([^/]+)\/_api\/web\/lists\/getByTitle\('([^']+)'\)\/items$/i.exec(path);
    if (match) itemReads.set(`${match[1]}/${match[2]}`, (itemReads.get(`${match[1]}/${match[2]}`) ?? 0) + 1);
  }
  expect(Object.fromEntries([...itemReads].filter(([list]) => list.startsWith("eksempelkommune/")))).toEqual({
    "eksempelkommune/Arbejdsgruppe": 1,
    "eksempelkommune/Planer": 1,
    "eksempelkommune/Ressourcebookinger": 1,
    "eksempelkommune/Webinardeltagelse": 1
  });
  expect(itemReads.get("kombit-ky/Bølger")).toBe(1);
  test.info().annotations.push({ type: "requests", description: `${reads.length} GET requests: ${reads.join(", ")}` });
});
