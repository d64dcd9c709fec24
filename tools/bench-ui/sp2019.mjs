/**
 * The SharePoint Server 2019/SE web parts in the real SPFx 1.4.1 runtime (tools/workbench2019:
 * 1.4.1's workbench, the 2019 package's own bundles, the emulator's sample plan over https on the
 * same origin). Per run a fresh browser context opens the workbench and adds the web part from
 * 1.4.1's toolbox; the timed span runs from the click on the toolbox entry to two animation
 * frames after the first rows are in the DOM: 1.4.1's loader fetching the bundle and its loc
 * files, our onInit, PnPjs reading the plan from the emulator, and React's first render.
 * So it is not the bench pages' span (render over in-memory data): the rows are shown side by side,
 * not as a ratio.
 */
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import workbench2019 from "../workbench2019/index.js";

/* global window, document, requestAnimationFrame -- read inside page callbacks */

export const SP2019_PAGES = [
  { name: "sp2019-timeline", title: "ØiR-tidsplan", bundle: /^oir-timeline-web-part_.*\.js$/, ready: "[role=grid][aria-label^='Tidsplan for'] [role=row] [role=gridcell]" },
  { name: "sp2019-booking", title: "Ressourcebooking", bundle: /^resource-booking-web-part_.*\.js$/, ready: "[role=grid][aria-label='Booket tid pr. person og uge'] [role=gridcell]" }
];

const PAGE_TIMEOUT_MS = 120000;

async function measureOnce(browser, wb, page) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, ignoreHTTPSErrors: true, locale: "da-DK" });
  const tab = await context.newPage();
  const pageErrors = [];
  tab.on("pageerror", (e) => pageErrors.push(String(e)));
  // Offline as a farm without internet: only the workbench's own origin answers.
  await tab.route("**/*", (route) => (route.request().url().startsWith(`${wb.origin}/`) ? route.continue() : route.abort("internetdisconnected")));
  try {
    await tab.goto(wb.workbenchUrl, { timeout: PAGE_TIMEOUT_MS });
    await tab.getByRole("button", { name: "Add a new web part in column one" }).click({ timeout: PAGE_TIMEOUT_MS });
    const entry = tab.getByRole("listitem", { name: page.title, exact: true });
    await entry.waitFor({ timeout: PAGE_TIMEOUT_MS });
    await tab.evaluate(() => {
      window.__oirClick = performance.now();
    });
    await entry.click();
    await tab.waitForFunction((selector) => document.querySelector(selector) !== null, page.ready, { polling: "raf", timeout: PAGE_TIMEOUT_MS });
    const ms = await tab.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - window.__oirClick))))
    );
    return pageErrors.length ? { error: pageErrors.join("; ") } : { ms };
  } catch (e) {
    return { error: `${e instanceof Error ? e.message : String(e)}${pageErrors.length ? ` | ${pageErrors.join("; ")}` : ""}` };
  } finally {
    await context.close();
  }
}

/**
 * { pages: [{ name, title, runs: [ms], errors: [text], bundleGzKB }] }. build: run
 * `npm run package:server` first when the 2019 build is missing or older than src/.
 */
export async function measureSp2019({ runs, warmup, executablePath, build = true, only = null, log }) {
  const pages = SP2019_PAGES.filter((p) => !only || only.includes(p.name));
  if (pages.length === 0) return { pages: [] };
  const wb = await workbench2019.startWorkbench2019({ port: 0, build, log, webPartProperties: ({ kombit }) => ({ kombitSiteUrl: kombit, defaultWave: "KY - Bølge 5" }) });
  const browser = await chromium.launch({ executablePath, headless: true, args: ["--no-sandbox"] });
  try {
    const deploy = wb.packageDir;
    const results = pages.map((p) => {
      const file = wb.packageFiles.find((f) => p.bundle.test(f));
      const gz = file && fs.existsSync(path.join(deploy, file)) ? gzipSync(fs.readFileSync(path.join(deploy, file)), { level: 9 }).length : 0;
      return { name: p.name, title: p.title, runs: [], errors: [], bundleGzKB: gz / 1024 };
    });
    log(`SPFx 1.4.1 workbench at ${wb.origin}; ${runs} runs + ${warmup} warmup, interleaved`);
    for (let run = 0; run < warmup + runs; run++) {
      for (const [i, page] of pages.entries()) {
        const r = await measureOnce(browser, wb, page);
        if (r.error) results[i].errors.push(r.error);
        else if (run >= warmup) results[i].runs.push(r.ms);
        log(`${run < warmup ? "warmup" : `run ${run - warmup + 1}/${runs}`} ${page.name}: ${r.error ? `ERROR ${r.error.slice(0, 300)}` : `${r.ms.toFixed(1)} ms`}`);
      }
    }
    return { pages: results };
  } finally {
    await browser.close();
    await wb.close();
  }
}
